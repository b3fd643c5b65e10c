package cn.gongzhuling.academy.organization.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/**
 * A node of the organisation tree (city, street, community or grid).
 * {@link #path} is the materialised path of ids, e.g. {@code /1000/1050/1100/},
 * so a whole subtree is one indexed prefix query.
 */
@Entity
@Table(name = "org_unit")
public class OrgUnit {

    public static final int CODE_MAX = 40;
    public static final int NAME_MAX = 100;
    public static final String CODE_PATTERN = "[A-Za-z0-9][A-Za-z0-9_-]*";

    @Id
    @SequenceGenerator(name = "org_unit_seq", sequenceName = "org_unit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_unit_seq")
    private Long id;

    @NotBlank
    @Size(max = CODE_MAX)
    @Pattern(regexp = CODE_PATTERN)
    @Column(nullable = false, unique = true, length = CODE_MAX)
    private String code;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OrgLevel level;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "name_zh", nullable = false, length = NAME_MAX)
    private String nameZh;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "name_en", nullable = false, length = NAME_MAX)
    private String nameEn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private OrgUnit parent;

    @Column(nullable = false, length = 400)
    private String path;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected OrgUnit() {
    }

    public OrgUnit(String code, OrgLevel level, String nameZh, String nameEn) {
        this.code = code;
        this.level = level;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    /** Sets the parent and derives the path; the id must already be assigned. */
    public void placeUnder(OrgUnit newParent) {
        this.parent = newParent;
        this.path = (newParent == null ? "/" : newParent.getPath()) + id + "/";
    }

    public boolean isAncestorOrSelfOf(OrgUnit other) {
        return other != null && other.getPath().startsWith(path);
    }

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public OrgLevel getLevel() { return level; }
    public void setLevel(OrgLevel level) { this.level = level; }
    public String getNameZh() { return nameZh; }
    public void setNameZh(String nameZh) { this.nameZh = nameZh; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public OrgUnit getParent() { return parent; }
    public String getPath() { return path; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
