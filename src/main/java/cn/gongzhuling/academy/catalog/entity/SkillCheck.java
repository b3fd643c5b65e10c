package cn.gongzhuling.academy.catalog.entity;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A practical skill check definition: what the instructor grades, and how it passes. */
@Entity
@Table(name = "skill_check")
public class SkillCheck {

    @Id
    @SequenceGenerator(name = "catalog_seq", sequenceName = "catalog_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalog_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_version_id", nullable = false)
    private CourseVersion courseVersion;

    @Column(name = "check_key", nullable = false, length = 80)
    private String key;

    @Column(name = "title_zh", nullable = false, length = 200)
    private String titleZh;

    @Column(name = "title_en", nullable = false, length = 200)
    private String titleEn;

    @Column(name = "instructions_zh", nullable = false, length = 20000)
    private String instructionsZh;

    @Column(name = "instructions_en", nullable = false, length = 20000)
    private String instructionsEn;

    /** Equipment items, one per line. */
    @Column(name = "equipment_zh", nullable = false, length = 2000)
    private String equipmentZh;

    @Column(name = "equipment_en", nullable = false, length = 2000)
    private String equipmentEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Scoring scoring;

    @Column(name = "pass_min_percent", nullable = false)
    private int passMinPercent;

    @Column(name = "all_critical", nullable = false)
    private boolean allCritical;

    @Column(name = "second_assessor", nullable = false)
    private boolean secondAssessor;

    @Column(name = "critical_min_level")
    private Integer criticalMinLevel;

    @OneToMany(mappedBy = "skillCheck", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<CheckItem> items = new ArrayList<>();

    @OneToMany(mappedBy = "skillCheck", cascade = CascadeType.PERSIST)
    @OrderBy("value")
    private List<RubricLevel> levels = new ArrayList<>();

    protected SkillCheck() {
    }

    @SuppressWarnings("java:S107") // mirrors the file format one to one
    public SkillCheck(CourseVersion courseVersion, String key, String titleZh, String titleEn, String instructionsZh,
                      String instructionsEn, String equipmentZh, String equipmentEn, Scoring scoring,
                      int passMinPercent, boolean allCritical, boolean secondAssessor, Integer criticalMinLevel) {
        this.courseVersion = courseVersion;
        this.key = key;
        this.titleZh = titleZh;
        this.titleEn = titleEn;
        this.instructionsZh = instructionsZh;
        this.instructionsEn = instructionsEn;
        this.equipmentZh = equipmentZh;
        this.equipmentEn = equipmentEn;
        this.scoring = scoring;
        this.passMinPercent = passMinPercent;
        this.allCritical = allCritical;
        this.secondAssessor = secondAssessor;
        this.criticalMinLevel = criticalMinLevel;
    }

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleZh;
    }

    public String instructions(Locale locale) {
        return "en".equals(locale.getLanguage()) ? instructionsEn : instructionsZh;
    }

    public List<String> equipment(Locale locale) {
        String joined = "en".equals(locale.getLanguage()) ? equipmentEn : equipmentZh;
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n"));
    }

    public long criticalCount() {
        return items.stream().filter(CheckItem::isCritical).count();
    }

    public Long getId() { return id; }
    public String getKey() { return key; }
    public Scoring getScoring() { return scoring; }
    public int getPassMinPercent() { return passMinPercent; }
    public boolean isAllCritical() { return allCritical; }
    public boolean isSecondAssessor() { return secondAssessor; }
    public Integer getCriticalMinLevel() { return criticalMinLevel; }
    public List<CheckItem> getItems() { return items; }
    public List<RubricLevel> getLevels() { return levels; }
}
