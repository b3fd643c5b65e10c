package cn.gongzhuling.academy.assessment.boundary;

import cn.gongzhuling.academy.platform.boundary.BusinessException;
import cn.gongzhuling.academy.platform.boundary.FacesMessages;
import cn.gongzhuling.academy.platform.boundary.UserLocale;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;

/**
 * The grading screen (/assess/grade?r=result): one trainee at a time, items as big done/not-done
 * (or level) buttons, comments, save draft, sign off, amend with a reason, evidence. The version
 * the form was loaded at travels with every post, so a stale form is refused, not applied.
 */
@Named
@ViewScoped
public class GradeView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String DONE = "1";
    static final String NOT_DONE = "0";

    @Inject
    GradingService grading;

    @Inject
    EvidenceService evidence;

    @Inject
    FacesMessages messages;

    @Inject
    UserLocale userLocale;

    private Long r;
    private long version;
    private final Map<String, String> choices = new HashMap<>();
    private final Map<String, String> comments = new HashMap<>();
    private String overall;
    private String reason;
    private boolean conflict;
    private transient GradeSheet sheet;

    public void onLoad() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            load();
        } catch (BusinessException e) {
            FacesContext fc = FacesContext.getCurrentInstance();
            fc.getExternalContext().responseSendError(404, "");
            fc.responseComplete();
        }
    }

    private void load() {
        sheet = grading.sheet(r, userLocale.getLocale());
        version = sheet.version();
        choices.clear();
        comments.clear();
        for (GradeSheet.Item item : sheet.items()) {
            String value = sheet.rubric() ? (item.level() == null ? null : item.level().toString())
                    : item.done() == null ? null : item.done() ? DONE : NOT_DONE;
            choices.put(item.key(), value);
            comments.put(item.key(), item.comment());
        }
        overall = sheet.overallComment();
        reason = null;
        conflict = false;
    }

    GradeForm form() {
        GradeForm form = new GradeForm().overall(overall);
        for (GradeSheet.Item item : getSheet().items()) {
            String value = choices.get(item.key());
            if (getSheet().rubric()) {
                form.level(item.key(), value == null || value.isEmpty() ? null : Integer.valueOf(value));
            } else {
                form.done(item.key(), value == null || value.isEmpty() ? null : DONE.equals(value));
            }
            form.comment(item.key(), comments.get(item.key()));
        }
        return form;
    }

    /** Every item not yet graded becomes done (checklist) or the top level (rubric): the quick start for a good candidate. */
    public void markRestDone() {
        for (GradeSheet.Item item : getSheet().items()) {
            String value = choices.get(item.key());
            if (value == null || value.isEmpty()) {
                choices.put(item.key(), getSheet().rubric()
                        ? String.valueOf(getSheet().levels().stream().mapToInt(GradeSheet.Level::value).max().orElse(0))
                        : DONE);
            }
        }
    }

    public String saveDraft() {
        return run(() -> grading.saveDraft(r, version, form()), "assess.saved");
    }

    public String saveAndNext() {
        Long next = getSheet().nextId();
        String outcome = run(() -> grading.saveDraft(r, version, form()), "assess.saved");
        return outcome != null && next != null ? "/assess/grade?faces-redirect=true&r=" + next : outcome;
    }

    public String signOff() {
        return run(() -> grading.signOff(r, version, form()), "assess.signed");
    }

    public String amend() {
        return run(() -> grading.amend(r, version, form(), reason), "assess.amended");
    }

    private String run(java.util.function.LongSupplier action, String doneKey) {
        try {
            action.getAsLong();
            messages.info(doneKey);
            return "/assess/grade?faces-redirect=true&r=" + r;
        } catch (BusinessException e) {
            messages.error(e);
            conflict = "assess.error.conflict".equals(e.getKey());
            return null;
        }
    }

    public void upload(FileUploadEvent event) {
        try (InputStream in = event.getFile().getInputStream()) {
            evidence.upload(r, event.getFile().getFileName(), in, userLocale.getLocale());
            messages.info("assess.evidence.added");
            sheet = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    public GradeSheet getSheet() {
        if (sheet == null) {
            sheet = grading.sheet(r, userLocale.getLocale());
        }
        return sheet;
    }

    public long getMaxBytes() {
        return evidence.maxBytes();
    }

    public String getMaxSize() {
        return EvidenceService.megabytes(evidence.maxBytes(), userLocale.getLocale());
    }

    public Long getR() { return r; }
    public void setR(Long r) { this.r = r; }
    public long getVersion() { return version; }
    public Map<String, String> getChoices() { return choices; }
    public Map<String, String> getComments() { return comments; }
    public String getOverall() { return overall; }
    public void setOverall(String overall) { this.overall = overall; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public boolean isConflict() { return conflict; }
}
