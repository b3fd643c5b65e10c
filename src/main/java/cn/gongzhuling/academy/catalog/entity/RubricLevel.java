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

/** A level of a rubric-scored check, e.g. 0 "not shown" to 3 "fully". */
@Entity
@Table(name = "rubric_level")
public class RubricLevel {

    @Id
    @SequenceGenerator(name = "catalog_seq", sequenceName = "catalog_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalog_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "skill_check_id", nullable = false)
    private SkillCheck skillCheck;

    @Column(name = "level_value", nullable = false)
    private int value;

    @Column(name = "label_zh", nullable = false, length = 200)
    private String labelZh;

    @Column(name = "label_en", nullable = false, length = 200)
    private String labelEn;

    protected RubricLevel() {
    }

    public RubricLevel(SkillCheck skillCheck, int value, String labelZh, String labelEn) {
        this.skillCheck = skillCheck;
        this.value = value;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelZh;
    }

    public int getValue() { return value; }
}
