package cn.gongzhuling.academy.certification.boundary;

import cn.gongzhuling.academy.catalog.boundary.CatalogService;
import cn.gongzhuling.academy.catalog.entity.CourseVersion;
import cn.gongzhuling.academy.certification.control.CertificateStatus;
import cn.gongzhuling.academy.organization.boundary.OrgUnitService;
import cn.gongzhuling.academy.organization.entity.OrgUnit;
import cn.gongzhuling.academy.platform.boundary.BusinessException;
import cn.gongzhuling.academy.platform.boundary.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The organizer's certificate list (/organize/certificates): filters, export, revocation. */
@Named
@ViewScoped
public class CertificatesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CertificationService certificates;

    @Inject
    transient OrgUnitService units;

    @Inject
    transient CatalogService catalog;

    @Inject
    transient FacesMessages messages;

    private final CertificateFilter filter = new CertificateFilter();
    private Long selectedId;
    private long selectedVersion;
    private String selectedLabel;
    private String reason;

    private final LazyDataModel<CertificateRow> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) certificates.count(filter);
        }

        @Override
        public List<CertificateRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                         Map<String, FilterMeta> filterBy) {
            setRowCount((int) certificates.count(filter));
            return certificates.list(filter, first, pageSize);
        }

        @Override
        public String getRowKey(CertificateRow row) {
            return String.valueOf(row.id());
        }

        @Override
        public CertificateRow getRowData(String rowKey) {
            return null;
        }
    };

    public LazyDataModel<CertificateRow> getModel() { return model; }

    public long getTotal() {
        return certificates.count(filter);
    }
    public CertificateFilter getFilter() { return filter; }
    public CertificateStatus[] getStatuses() { return CertificateStatus.values(); }

    public List<OrgUnit> getUnits() {
        return units.search(null, null, 500);
    }

    public List<CourseVersion> getCourses() {
        return catalog.currentCourses();
    }

    public void select(CertificateRow row, String label) {
        selectedId = row.id();
        selectedVersion = row.version();
        selectedLabel = label;
        reason = null;
    }

    public void revoke() {
        try {
            certificates.revoke(selectedId, selectedVersion, reason);
            messages.info("cert.revoked");
            selectedId = null;
            reason = null;
        } catch (BusinessException e) {
            messages.error(e);
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed(); // keeps the dialog open
        }
    }

    public Long getSelectedId() { return selectedId; }
    public String getSelectedLabel() { return selectedLabel; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
