package cn.gongzhuling.academy.reporting.boundary;

import cn.gongzhuling.academy.platform.boundary.FacesMessages;
import cn.gongzhuling.academy.security.boundary.NotInScopeException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** /organize/follow-up: overdue courses and expiring certificates in lazy tables, with reminders. */
@Named
@ViewScoped
public class FollowUpsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FollowUps followUps;

    @Inject
    FacesMessages messages;

    private Long unit;

    private final LazyDataModel<FollowUpRow> overdue = new Lazy(true);
    private final LazyDataModel<FollowUpRow> expiring = new Lazy(false);

    /** A page of one list, counted and read in SQL. */
    private final class Lazy extends LazyDataModel<FollowUpRow> {
        private static final long serialVersionUID = 1L;
        private final boolean overdueList;

        Lazy(boolean overdueList) {
            this.overdueList = overdueList;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) (overdueList ? followUps.countOverdue(unit) : followUps.countExpiring(unit));
        }

        @Override
        public List<FollowUpRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                      Map<String, FilterMeta> filterBy) {
            setRowCount(count(filterBy));
            return overdueList ? followUps.overdue(unit, first, pageSize) : followUps.expiring(unit, first, pageSize);
        }

        @Override
        public String getRowKey(FollowUpRow row) {
            return String.valueOf(row.id());
        }

        @Override
        public FollowUpRow getRowData(String rowKey) {
            return null;
        }
    }

    public void remindOverdue(FollowUpRow row) {
        remind(() -> followUps.remindOverdue(row.id()));
    }

    public void remindRenewal(FollowUpRow row) {
        remind(() -> followUps.remindRenewal(row.id()));
    }

    public void remindAll() {
        try {
            messages.info("followUp.sentAll", followUps.remindAllOverdue(unit));
        } catch (NotInScopeException e) {
            messages.error(e);
        }
    }

    private void remind(java.util.function.BooleanSupplier send) {
        try {
            messages.info(send.getAsBoolean() ? "followUp.sent" : "followUp.already");
        } catch (NotInScopeException e) {
            messages.error(e);
        }
    }

    public LazyDataModel<FollowUpRow> getOverdue() { return overdue; }
    public LazyDataModel<FollowUpRow> getExpiring() { return expiring; }
    public Long getUnit() { return unit; }
    public void setUnit(Long unit) { this.unit = unit; }
}
