package cn.gongzhuling.academy.assessment.boundary;

import cn.gongzhuling.academy.platform.boundary.BusinessException;
import cn.gongzhuling.academy.platform.boundary.FacesMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** One session (/assess/session?s=id): its roster, adding waiting trainees, marking absences. */
@Named
@ViewScoped
public class SessionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AssessmentService assessments;

    @Inject
    GradingService grading;

    @Inject
    FacesMessages messages;

    private Long s;
    private Long addEnrolmentId;
    private transient SessionDetail detail;
    private transient List<QueueEntry> candidates;

    public void onLoad() throws IOException {
        try {
            getDetail();
        } catch (BusinessException e) {
            FacesContext fc = FacesContext.getCurrentInstance();
            fc.getExternalContext().responseSendError(404, "");
            fc.responseComplete();
        }
    }

    public void add() {
        try {
            assessments.addTrainee(s, addEnrolmentId);
            messages.info("assess.session.added");
            addEnrolmentId = null;
        } catch (BusinessException e) {
            messages.error(e);
        }
        reset();
    }

    public void absent(RosterRow row) {
        try {
            grading.markAbsent(row.resultId(), row.version());
            messages.info("assess.absent.done");
        } catch (BusinessException e) {
            messages.error(e);
        }
        reset();
    }

    private void reset() {
        detail = null;
        candidates = null;
    }

    public SessionDetail getDetail() {
        if (detail == null) {
            detail = assessments.session(s);
        }
        return detail;
    }

    public List<QueueEntry> getCandidates() {
        if (candidates == null) {
            candidates = assessments.candidates(s);
        }
        return candidates;
    }

    /** The first roster entry still to grade, where "start grading" leads. */
    public Long getFirstOpen() {
        return getDetail().roster().stream().filter(r -> !r.status().isLocked()).map(RosterRow::resultId).findFirst()
                .orElse(getDetail().roster().isEmpty() ? null : getDetail().roster().get(0).resultId());
    }

    public Long getS() { return s; }
    public void setS(Long s) { this.s = s; }
    public Long getAddEnrolmentId() { return addEnrolmentId; }
    public void setAddEnrolmentId(Long addEnrolmentId) { this.addEnrolmentId = addEnrolmentId; }
}
