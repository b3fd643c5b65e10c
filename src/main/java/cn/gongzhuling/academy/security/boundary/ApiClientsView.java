package cn.gongzhuling.academy.security.boundary;

import cn.gongzhuling.academy.organization.boundary.OrgUnitService;
import cn.gongzhuling.academy.organization.entity.OrgUnit;
import cn.gongzhuling.academy.platform.boundary.BusinessException;
import cn.gongzhuling.academy.platform.boundary.FacesMessages;
import cn.gongzhuling.academy.security.entity.ApiClient;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.util.List;

/** /admin/api-clients: create integration clients (the secret is shown once), deactivate and reactivate them. */
@Named
@ViewScoped
public class ApiClientsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApiClientService clients;

    @Inject
    OrgUnitService units;

    @Inject
    FacesMessages messages;

    private String name;
    private Long scopeUnitId;
    private String shownName;
    private String shownSecret;
    private transient List<ApiClient> rows;
    private transient List<OrgUnit> unitChoices;

    public void create() {
        try {
            ApiClientService.Created created = clients.create(name, scopeUnitId);
            shownName = created.client().getName();
            shownSecret = created.secret();
            name = null;
            scopeUnitId = null;
            rows = null;
            messages.info("apiClient.created", shownName);
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    public void toggle(ApiClient client) {
        try {
            clients.setActive(client.getId(), client.getVersion(), !client.isActive());
            messages.info(client.isActive() ? "apiClient.deactivated" : "apiClient.activated", client.getName());
        } catch (OptimisticLockException e) {
            messages.error("error.conflict");
        } catch (BusinessException e) {
            messages.error(e);
        }
        shownSecret = null;
        rows = null;
    }

    /** Forgets the shown secret: it is never shown again. */
    public void dismissSecret() {
        shownSecret = null;
        shownName = null;
    }

    public List<ApiClient> getRows() {
        if (rows == null) {
            rows = clients.list();
        }
        return rows;
    }

    public List<OrgUnit> getUnitChoices() {
        if (unitChoices == null) {
            unitChoices = units.search(null, null, 2000);
        }
        return unitChoices;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Long getScopeUnitId() { return scopeUnitId; }
    public void setScopeUnitId(Long scopeUnitId) { this.scopeUnitId = scopeUnitId; }
    public String getShownName() { return shownName; }
    public String getShownSecret() { return shownSecret; }
}
