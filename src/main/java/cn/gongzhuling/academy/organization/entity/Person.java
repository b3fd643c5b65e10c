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

/** A cadre, instructor or organiser of the city's community work. */
@Entity
@Table(name = "person")
public class Person {

    public static final int STAFF_NO_MAX = 32;
    public static final String STAFF_NO_PATTERN = "[A-Za-z0-9][A-Za-z0-9_-]*";
    public static final int NAME_ZH_MAX = 60;
    public static final int NAME_EN_MAX = 100;
    public static final int PHONE_MAX = 20;
    /** Mainland mobile (11 digits starting 1) or a landline with area code. */
    public static final String PHONE_PATTERN = "1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}";

    @Id
    @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    private Long id;

    @NotBlank
    @Size(max = STAFF_NO_MAX)
    @Pattern(regexp = STAFF_NO_PATTERN)
    @Column(name = "staff_no", nullable = false, unique = true, length = STAFF_NO_MAX)
    private String staffNo;

    @NotBlank
    @Size(max = NAME_ZH_MAX)
    @Column(name = "name_zh", nullable = false, length = NAME_ZH_MAX)
    private String nameZh;

    @NotBlank
    @Size(max = NAME_EN_MAX)
    @Column(name = "name_en", nullable = false, length = NAME_EN_MAX)
    private String nameEn;

    @Size(max = PHONE_MAX)
    @Pattern(regexp = PHONE_PATTERN)
    @Column(length = PHONE_MAX)
    private String phone;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id", nullable = false)
    private OrgUnit orgUnit;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Position position;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Person() {
    }

    public Person(String staffNo, String nameZh, String nameEn, OrgUnit orgUnit, Position position) {
        this.staffNo = staffNo;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.orgUnit = orgUnit;
        this.position = position;
    }

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    public Long getId() { return id; }
    public String getStaffNo() { return staffNo; }
    public void setStaffNo(String staffNo) { this.staffNo = staffNo; }
    public String getNameZh() { return nameZh; }
    public void setNameZh(String nameZh) { this.nameZh = nameZh; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone == null || phone.isBlank() ? null : phone.trim(); }
    public OrgUnit getOrgUnit() { return orgUnit; }
    public void setOrgUnit(OrgUnit orgUnit) { this.orgUnit = orgUnit; }
    public Position getPosition() { return position; }
    public void setPosition(Position position) { this.position = position; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
