package cn.gongzhuling.academy.security.entity;

import cn.gongzhuling.academy.organization.entity.OrgUnit;
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
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/**
 * Credentials of one integration (a grid app, a partner system, an xAPI source) for the REST and
 * xAPI endpoints: HTTP Basic with its name and a generated secret, never a person's password.
 * Only the secret's hash is kept; the client acts within the subtree of its scope unit.
 */
@Entity
@Table(name = "api_client")
public class ApiClient {

    public static final int NAME_MAX = 60;
    public static final String NAME_PATTERN = "[a-z0-9][a-z0-9._-]*";

    @Id
    @SequenceGenerator(name = "api_client_seq", sequenceName = "api_client_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_client_seq")
    private Long id;

    @NotBlank
    @Size(max = NAME_MAX)
    @Pattern(regexp = NAME_PATTERN)
    @Column(nullable = false, unique = true, length = NAME_MAX)
    private String name;

    @Column(name = "secret_hash", nullable = false, length = 200)
    private String secretHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scope_unit_id", nullable = false)
    private OrgUnit scope;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Version
    private long version;

    protected ApiClient() {
    }

    public ApiClient(String name, String secretHash, OrgUnit scope, LocalDateTime createdAt, String createdBy) {
        this.name = name;
        this.secretHash = secretHash;
        this.scope = scope;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getSecretHash() { return secretHash; }
    public OrgUnit getScope() { return scope; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public long getVersion() { return version; }
}
