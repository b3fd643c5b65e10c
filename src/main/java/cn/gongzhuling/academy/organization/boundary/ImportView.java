package cn.gongzhuling.academy.organization.boundary;

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
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.primefaces.event.FileUploadEvent;

/** The import page: one upload for people, one for org units; keeps the last failed result to list its problems. */
@Named
@ViewScoped
public class ImportView implements Serializable {

    public static final String PEOPLE = "people";
    public static final String UNITS = "units";
    private static final long serialVersionUID = 1L;

    @Inject
    ImportService imports;

    @Inject
    FacesMessages messages;

    @Inject
    UserLocale userLocale;

    private String failedSection;
    private ImportResult failed;

    public void uploadPeople(FileUploadEvent event) {
        upload(PEOPLE, event, imports::importPeople);
    }

    public void uploadUnits(FileUploadEvent event) {
        upload(UNITS, event, imports::importUnits);
    }

    private void upload(String section, FileUploadEvent event, BiFunction<InputStream, Locale, ImportResult> action) {
        failed = null;
        failedSection = null;
        ImportResult result;
        try (InputStream in = event.getFile().getInputStream()) {
            result = action.apply(in, userLocale.getLocale());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (BusinessException e) {
            messages.error(e);
            return;
        }
        if (result.ok()) {
            messages.info("import.done", result.added(), result.updated(), result.unchanged());
        } else {
            failed = result;
            failedSection = section;
        }
    }

    public long getMaxBytes() {
        return imports.maxBytes();
    }

    public String getMaxSize() {
        return ImportService.megabytes(imports.maxBytes(), userLocale.getLocale());
    }

    /** Whether the last upload of this section failed (its problems are then listed). */
    public boolean failedIn(String section) {
        return failed != null && section.equals(failedSection);
    }

    public List<ImportProblem> getProblems() {
        return failed == null ? List.of() : failed.problems();
    }

    public String getSummary() {
        return failed == null ? "" : userLocale.text("import.failed", failed.errorCount());
    }

    public String getTruncation() {
        return failed == null || !failed.truncated() ? "" : userLocale.text("import.error.tooManyErrors", failed.problems().size());
    }
}
