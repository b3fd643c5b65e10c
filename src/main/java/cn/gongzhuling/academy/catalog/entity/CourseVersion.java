package cn.gongzhuling.academy.catalog.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One imported version of a course. Never modified after import: enrolments
 * point at the version they started on, so history is never rewritten.
 */
@Entity
@Table(name = "course_version")
public class CourseVersion {

    @Id
    @SequenceGenerator(name = "catalog_seq", sequenceName = "catalog_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalog_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false)
    private Course course;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(name = "title_zh", nullable = false, length = 200)
    private String titleZh;

    @Column(name = "title_en", nullable = false, length = 200)
    private String titleEn;

    @Column(name = "summary_zh", nullable = false, length = 2000)
    private String summaryZh;

    @Column(name = "summary_en", nullable = false, length = 2000)
    private String summaryEn;

    @Column(name = "validity_months", nullable = false)
    private int validityMonths;

    @Embedded
    private CourseRules rules;

    @Column(name = "imported_at", nullable = false)
    private LocalDateTime importedAt;

    @Column(name = "imported_by", nullable = false, length = 60)
    private String importedBy;

    @ManyToMany
    @JoinTable(name = "course_version_skill", joinColumns = @JoinColumn(name = "course_version_id"),
            inverseJoinColumns = @JoinColumn(name = "skill_id"))
    private List<Skill> skills = new ArrayList<>();

    @OneToMany(mappedBy = "courseVersion", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<Lesson> lessons = new ArrayList<>();

    @OneToMany(mappedBy = "courseVersion", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<Question> questions = new ArrayList<>();

    @OneToMany(mappedBy = "courseVersion", cascade = CascadeType.PERSIST)
    @OrderBy("key")
    private List<SkillCheck> checks = new ArrayList<>();

    protected CourseVersion() {
    }

    public CourseVersion(Course course, int versionNo, String contentHash, String titleZh, String titleEn,
                         String summaryZh, String summaryEn, int validityMonths, CourseRules rules,
                         LocalDateTime importedAt, String importedBy) {
        this.course = course;
        this.versionNo = versionNo;
        this.contentHash = contentHash;
        this.titleZh = titleZh;
        this.titleEn = titleEn;
        this.summaryZh = summaryZh;
        this.summaryEn = summaryEn;
        this.validityMonths = validityMonths;
        this.rules = rules;
        this.importedAt = importedAt;
        this.importedBy = importedBy;
    }

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleZh;
    }

    public String summary(Locale locale) {
        return "en".equals(locale.getLanguage()) ? summaryEn : summaryZh;
    }

    public int totalMinutes() {
        return lessons.stream().mapToInt(Lesson::getMinutes).sum();
    }

    public List<String> requiredCheckKeys() {
        return split(rules.getRequiredChecks());
    }

    static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }

    public Long getId() { return id; }
    public Course getCourse() { return course; }
    public int getVersionNo() { return versionNo; }
    public String getContentHash() { return contentHash; }
    public String getTitleZh() { return titleZh; }
    public String getTitleEn() { return titleEn; }
    public int getValidityMonths() { return validityMonths; }
    public CourseRules getRules() { return rules; }
    public LocalDateTime getImportedAt() { return importedAt; }
    public String getImportedBy() { return importedBy; }
    public List<Skill> getSkills() { return skills; }
    public List<Lesson> getLessons() { return lessons; }
    public List<Question> getQuestions() { return questions; }
    public List<SkillCheck> getChecks() { return checks; }
}
