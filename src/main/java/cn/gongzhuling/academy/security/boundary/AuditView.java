package cn.gongzhuling.academy.security.boundary;

import cn.gongzhuling.academy.security.entity.AuditEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The audit log, newest first, paged in the database. */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditLog audit;

    private final LazyDataModel<AuditEvent> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) audit.count();
        }

        @Override
        public List<AuditEvent> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> filterBy) {
            return audit.recent(first, pageSize);
        }

        @Override
        public String getRowKey(AuditEvent event) {
            return String.valueOf(event.getId());
        }
    };

    public LazyDataModel<AuditEvent> getModel() {
        return model;
    }
}
