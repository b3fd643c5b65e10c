package cn.gongzhuling.academy.security.entity;

import cn.gongzhuling.academy.organization.entity.OrgUnit;
import cn.gongzhuling.academy.organization.entity.Person;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** A login. Most accounts belong to a person; the configured first admin may not. */
@Entity
@Table(name = "account")
public class Account {

    public static final int USERNAME_MAX = 60;
    public static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]*";

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @NotBlank
    @Size(max = USERNAME_MAX)
    @Pattern(regexp = USERNAME_PATTERN)
    @Column(nullable = false, unique = true, length = USERNAME_MAX)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(nullable = false, length = 10)
    private String locale = "zh-CN";

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @OneToMany(mappedBy = "account", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<RoleGrant> grants = new ArrayList<>();

    @Version
    private long version;

    protected Account() {
    }

    public Account(String username, String passwordHash, Person person, LocalDateTime createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.person = person;
        this.createdAt = createdAt;
    }

    public RoleGrant grant(Role role, OrgUnit scope,
                           String grantedBy, LocalDateTime at) {
        RoleGrant grant = new RoleGrant(this, role, scope, grantedBy, at);
        grants.add(grant);
        return grant;
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getPasswordHash() { return passwordHash; }
    public void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    public Person getPerson() { return person; }
    public String getLocale() { return locale; }
    public void setLocale(String locale) { this.locale = locale; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public List<RoleGrant> getGrants() { return grants; }
    public long getVersion() { return version; }
}
