package cn.gongzhuling.academy.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One entry of the import history, kept for failed imports too. */
@Entity
@Table(name = "course_import")
public class CourseImport {

    public static final int ERRORS_MAX = 8000;

    @Id
    @SequenceGenerator(name = "catalog_seq", sequenceName = "catalog_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalog_seq")
    private Long id;

    @Column(name = "imported_at", nullable = false)
    private LocalDateTime importedAt;

    @Column(nullable = false, length = 60)
    private String actor;

    @Column(nullable = false, length = 200)
    private String source;

    @Column(name = "course_code", length = 40)
    private String courseCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ImportOutcome outcome;

    @Column(name = "version_no")
    private Integer versionNo;

    @Column(name = "content_hash", length = 64)
    private String contentHash;

    @Column(name = "error_count", nullable = false)
    private int errorCount;

    @Column(length = ERRORS_MAX)
    private String errors;

    protected CourseImport() {
    }

    public CourseImport(LocalDateTime importedAt, String actor, String source, String courseCode,
                        ImportOutcome outcome, Integer versionNo, String contentHash, int errorCount, String errors) {
        this.importedAt = importedAt;
        this.actor = actor;
        this.source = source.length() > 200 ? source.substring(0, 200) : source;
        this.courseCode = courseCode != null && courseCode.length() > 40 ? courseCode.substring(0, 40) : courseCode;
        this.outcome = outcome;
        this.versionNo = versionNo;
        this.contentHash = contentHash;
        this.errorCount = errorCount;
        this.errors = errors == null || errors.length() <= ERRORS_MAX ? errors : errors.substring(0, ERRORS_MAX);
    }

    public Long getId() { return id; }
    public LocalDateTime getImportedAt() { return importedAt; }
    public String getActor() { return actor; }
    public String getSource() { return source; }
    public String getCourseCode() { return courseCode; }
    public ImportOutcome getOutcome() { return outcome; }
    public Integer getVersionNo() { return versionNo; }
    public int getErrorCount() { return errorCount; }
    public String getErrors() { return errors; }
}
