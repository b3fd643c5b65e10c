package cn.gongzhuling.academy.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;

/** A skill a certificate attests, from courses/skills.yaml. */
@Entity
@Table(name = "skill")
public class Skill {

    @Id
    @SequenceGenerator(name = "catalog_seq", sequenceName = "catalog_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalog_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(name = "description_zh", nullable = false, length = 1000)
    private String descriptionZh;

    @Column(name = "description_en", nullable = false, length = 1000)
    private String descriptionEn;

    @Version
    private long version;

    protected Skill() {
    }

    public Skill(String code) {
        this.code = code;
    }

    /** Returns true when anything changed. */
    public boolean update(String nameZh, String nameEn, String descriptionZh, String descriptionEn) {
        boolean changed = !(nameZh.equals(this.nameZh) && nameEn.equals(this.nameEn)
                && descriptionZh.equals(this.descriptionZh) && descriptionEn.equals(this.descriptionEn));
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.descriptionZh = descriptionZh;
        this.descriptionEn = descriptionEn;
        return changed;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    public String description(Locale locale) {
        return "en".equals(locale.getLanguage()) ? descriptionEn : descriptionZh;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getNameZh() { return nameZh; }
    public String getNameEn() { return nameEn; }
}
