package cn.gongzhuling.academy.security.boundary;

import cn.gongzhuling.academy.organization.boundary.OrgUnitService;
import cn.gongzhuling.academy.organization.boundary.PersonService;
import cn.gongzhuling.academy.organization.entity.OrgUnit;
import cn.gongzhuling.academy.platform.boundary.BusinessException;
import cn.gongzhuling.academy.platform.boundary.FacesMessages;
import cn.gongzhuling.academy.security.entity.Account;
import cn.gongzhuling.academy.security.entity.Role;
import cn.gongzhuling.academy.security.entity.RoleGrant;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The account and role-grant panel of the person page; admins only (the service checks). */
@Named
@ViewScoped
public class AccountView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    @Inject
    PersonService people;

    @Inject
    OrgUnitService units;

    @Inject
    FacesMessages messages;

    private Long personId;
    private Account account;
    private List<RoleGrant> grants;
    private String username;
    private String password;
    private Role role = Role.TRAINEE;
    private Long scopeId;

    public void load(Long personId) {
        this.personId = personId;
        if (personId == null) {
            return; // a new person: no account yet
        }
        account = accounts.findForPerson(personId).orElse(null);
        grants = account == null ? List.of() : accounts.grantsOf(account.getId());
    }

    public void create() {
        try {
            accounts.createAccount(username, password == null ? null : password.toCharArray(), people.find(personId));
            messages.info("account.created", username.trim().toLowerCase(java.util.Locale.ROOT));
            username = null;
            password = null;
            load(personId);
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    public void grant() {
        try {
            OrgUnit scope = role.isScoped() && scopeId != null ? units.find(scopeId) : null;
            accounts.grant(account.getId(), role, scope);
            messages.info("grant.added");
            load(personId);
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    public void revoke(Long grantId) {
        try {
            accounts.revoke(grantId);
            messages.info("grant.revoked");
            load(personId);
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    public void resetPassword() {
        try {
            accounts.resetPassword(account.getId(), password == null ? null : password.toCharArray());
            password = null;
            messages.info("account.passwordReset");
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public List<OrgUnit> getScopeChoices() {
        return units.search(null, null, 2000);
    }

    public Long getPersonId() { return personId; }
    public Account getAccount() { return account; }
    public List<RoleGrant> getGrants() { return grants; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public Long getScopeId() { return scopeId; }
    public void setScopeId(Long scopeId) { this.scopeId = scopeId; }
}
