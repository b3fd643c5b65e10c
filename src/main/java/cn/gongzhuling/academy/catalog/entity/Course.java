package cn.gongzhuling.academy.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A course's stable identity (its code); the content lives in immutable {@link CourseVersion}s. */
@Entity
@Table(name = "course")
public class Course {

    @Id
    @SequenceGenerator(name = "catalog_seq", sequenceName = "catalog_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalog_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "current_version_id")
    private CourseVersion currentVersion;

    @Version
    private long version;

    protected Course() {
    }

    public Course(String code) {
        this.code = code;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public CourseVersion getCurrentVersion() { return currentVersion; }
    public void setCurrentVersion(CourseVersion currentVersion) { this.currentVersion = currentVersion; }
}
