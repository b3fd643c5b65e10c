package cn.gongzhuling.academy.catalog.boundary;

import cn.gongzhuling.academy.catalog.entity.CourseImport;
import cn.gongzhuling.academy.catalog.entity.CourseVersion;
import cn.gongzhuling.academy.platform.boundary.FacesMessages;
import cn.gongzhuling.academy.platform.boundary.UserLocale;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.file.UploadedFile;

/** Admin page of the catalogue: upload a course zip, see versions and the import history. */
@Named
@ViewScoped
public class CoursesAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogImportService importer;

    @Inject
    CatalogService catalog;

    @Inject
    FacesMessages messages;

    @Inject
    UserLocale userLocale;

    private ImportReport report;

    private final LazyDataModel<CourseImport> history = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) catalog.historyCount();
        }

        @Override
        public List<CourseImport> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                       Map<String, FilterMeta> filterBy) {
            return catalog.history(first, pageSize);
        }

        @Override
        public String getRowKey(CourseImport row) {
            return String.valueOf(row.getId());
        }
    };

    public void upload(FileUploadEvent event) throws IOException {
        UploadedFile file = event.getFile();
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readNBytes((int) CatalogImportService.MAX_ZIP_BYTES + 1);
        }
        report = importer.importZip(bytes, file.getFileName(), userLocale.getLocale());
        if (report.isFailed()) {
            messages.error("catalog.upload.failed", report.getProblems().size());
        } else {
            messages.info("catalog.upload.done", report.getCode(),
                    userLocale.text("catalog.outcome." + report.getOutcome()), report.getVersionNo());
        }
    }

    public String describe(cn.gongzhuling.academy.catalog.control.Problem problem) {
        return userLocale.text(problem.key(), problem.args());
    }

    public List<CourseVersion> getCourses() {
        return catalog.currentCourses();
    }

    public List<CourseVersion> versions(String code) {
        return catalog.versions(code);
    }

    public ImportReport getReport() { return report; }
    public LazyDataModel<CourseImport> getHistory() { return history; }
}
