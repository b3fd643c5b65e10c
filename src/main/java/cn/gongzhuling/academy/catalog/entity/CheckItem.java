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

/** One item of a practical check; a failed critical item fails the check whatever the score. */
@Entity
@Table(name = "check_item")
public class CheckItem {

    @Id
    @SequenceGenerator(name = "catalog_seq", sequenceName = "catalog_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalog_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "skill_check_id", nullable = false)
    private SkillCheck skillCheck;

    @Column(name = "item_key", nullable = false, length = 80)
    private String key;

    @Column(nullable = false)
    private int position;

    @Column(name = "text_zh", nullable = false, length = 1000)
    private String textZh;

    @Column(name = "text_en", nullable = false, length = 1000)
    private String textEn;

    @Column(nullable = false)
    private boolean critical;

    @Column(nullable = false)
    private int points;

    protected CheckItem() {
    }

    public CheckItem(SkillCheck skillCheck, String key, int position, String textZh, String textEn, boolean critical,
                     int points) {
        this.skillCheck = skillCheck;
        this.key = key;
        this.position = position;
        this.textZh = textZh;
        this.textEn = textEn;
        this.critical = critical;
        this.points = points;
    }

    public String text(Locale locale) {
        return "en".equals(locale.getLanguage()) ? textEn : textZh;
    }

    public Long getId() { return id; }
    public String getKey() { return key; }
    public boolean isCritical() { return critical; }
    public int getPoints() { return points; }
}
