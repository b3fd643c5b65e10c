package cn.gongzhuling.academy.field.boundary;

import cn.gongzhuling.academy.field.entity.FieldKind;
import cn.gongzhuling.academy.field.entity.FieldRecord;
import cn.gongzhuling.academy.field.entity.ProblemStatus;
import cn.gongzhuling.academy.organization.boundary.ImportProblem;
import cn.gongzhuling.academy.organization.boundary.ImportResult;
import cn.gongzhuling.academy.organization.boundary.ImportService;
import cn.gongzhuling.academy.organization.boundary.OrgUnitService;
import cn.gongzhuling.academy.organization.entity.OrgUnit;
import cn.gongzhuling.academy.platform.boundary.BusinessException;
import cn.gongzhuling.academy.platform.boundary.FacesMessages;
import cn.gongzhuling.academy.platform.boundary.UserLocale;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** /organize/field-records: field records of the organiser's area, filtered by subtree, kind, dates and status; CSV import. */
@Named
@ViewScoped
public class FieldRecordsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FieldSearch search;

    @Inject
    FieldImportService imports;

    @Inject
    OrgUnitService units;

    @Inject
    FacesMessages messages;

    @Inject
    UserLocale userLocale;

    private Long unitId;
    private FieldKind kind;
    private LocalDate from;
    private LocalDate to;
    private ProblemStatus status;
    private ImportResult failed;
    private transient List<OrgUnit> unitChoices;

    private final LazyDataModel<FieldRecord> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) search.count(query(0, 0));
        }

        @Override
        public List<FieldRecord> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            try {
                setRowCount((int) search.count(query(0, 0)));
                return search.page(query(first, pageSize));
            } catch (BusinessException e) {
                unitId = null;
                messages.error(e);
                setRowCount(0);
                return List.of();
            }
        }

        @Override
        public String getRowKey(FieldRecord record) {
            return String.valueOf(record.getId());
        }
    };

    private FieldQuery query(int first, int pageSize) {
        return new FieldQuery(unitId, kind, from, to, status, first, pageSize);
    }

    public void upload(FileUploadEvent event) {
        failed = null;
        try (InputStream in = event.getFile().getInputStream()) {
            ImportResult result = imports.importRecords(in, userLocale.getLocale());
            if (result.ok()) {
                messages.info("field.import.done", result.added(), result.unchanged());
            } else {
                failed = result;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    public boolean isFailed() {
        return failed != null;
    }

    public List<ImportProblem> getProblems() {
        return failed == null ? List.of() : failed.problems();
    }

    public String getSummary() {
        return failed == null ? "" : userLocale.text("import.failed", failed.errorCount());
    }

    public String getMaxSize() {
        return ImportService.megabytes(imports.maxBytes(), userLocale.getLocale());
    }

    public long getMaxBytes() {
        return imports.maxBytes();
    }

    public List<OrgUnit> getUnitChoices() {
        if (unitChoices == null) {
            unitChoices = units.search(null, null, 2000);
        }
        return unitChoices;
    }

    public FieldKind[] getKinds() { return FieldKind.values(); }
    public ProblemStatus[] getStatuses() { return ProblemStatus.values(); }
    public LazyDataModel<FieldRecord> getModel() { return model; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public FieldKind getKind() { return kind; }
    public void setKind(FieldKind kind) { this.kind = kind; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public ProblemStatus getStatus() { return status; }
    public void setStatus(ProblemStatus status) { this.status = status; }
}
