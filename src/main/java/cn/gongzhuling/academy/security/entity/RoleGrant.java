package cn.gongzhuling.academy.security.entity;

import cn.gongzhuling.academy.organization.entity.OrgUnit;
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
import java.time.LocalDateTime;

/** A role held by an account, for scoped roles limited to one org subtree. */
@Entity
@Table(name = "role_grant")
public class RoleGrant {

    @Id
    @SequenceGenerator(name = "role_grant_seq", sequenceName = "role_grant_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "role_grant_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "scope_unit_id")
    private OrgUnit scope;

    @Column(name = "granted_at", nullable = false)
    private LocalDateTime grantedAt;

    @Column(name = "granted_by", nullable = false, length = 60)
    private String grantedBy;

    protected RoleGrant() {
    }

    RoleGrant(Account account, Role role, OrgUnit scope, String grantedBy, LocalDateTime grantedAt) {
        this.account = account;
        this.role = role;
        this.scope = role.isScoped() ? scope : null;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
    }

    public Long getId() { return id; }
    public Account getAccount() { return account; }
    public Role getRole() { return role; }
    public OrgUnit getScope() { return scope; }
    public LocalDateTime getGrantedAt() { return grantedAt; }
    public String getGrantedBy() { return grantedBy; }
}
