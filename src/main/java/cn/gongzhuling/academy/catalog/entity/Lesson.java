package cn.gongzhuling.academy.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Locale;

/** One lesson of a course version, stored as sanitised HTML in both languages. */
@Entity
@Table(name = "lesson")
public class Lesson {

    @Id
    @SequenceGenerator(name = "catalog_seq", sequenceName = "catalog_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalog_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_version_id", nullable = false)
    private CourseVersion courseVersion;

    @Column(name = "lesson_key", nullable = false, length = 80)
    private String key;

    @Column(nullable = false)
    private int position;

    @Column(name = "title_zh", nullable = false, length = 200)
    private String titleZh;

    @Column(name = "title_en", nullable = false, length = 200)
    private String titleEn;

    @Column(nullable = false)
    private int minutes;

    @Column(name = "html_zh", nullable = false, length = 200000)
    private String htmlZh;

    @Column(name = "html_en", nullable = false, length = 200000)
    private String htmlEn;

    protected Lesson() {
    }

    public Lesson(CourseVersion courseVersion, String key, int position, String titleZh, String titleEn, int minutes,
                  String htmlZh, String htmlEn) {
        this.courseVersion = courseVersion;
        this.key = key;
        this.position = position;
        this.titleZh = titleZh;
        this.titleEn = titleEn;
        this.minutes = minutes;
        this.htmlZh = htmlZh;
        this.htmlEn = htmlEn;
    }

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleZh;
    }

    /** Sanitised at import (see MarkdownRenderer); safe to render as HTML. */
    public String html(Locale locale) {
        return "en".equals(locale.getLanguage()) ? htmlEn : htmlZh;
    }

    public Long getId() { return id; }
    public CourseVersion getCourseVersion() { return courseVersion; }
    public String getKey() { return key; }
    public int getPosition() { return position; }
    public int getMinutes() { return minutes; }
}
