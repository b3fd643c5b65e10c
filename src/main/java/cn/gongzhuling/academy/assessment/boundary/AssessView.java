package cn.gongzhuling.academy.assessment.boundary;

import cn.gongzhuling.academy.platform.boundary.BusinessException;
import cn.gongzhuling.academy.platform.boundary.ClockProducer;
import cn.gongzhuling.academy.platform.boundary.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The instructor's assessment page (/assess/index): grading queue, sessions, and a new session. */
@Named
@ViewScoped
public class AssessView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int QUEUE_PAGE = 200;

    @Inject
    AssessmentService assessments;

    @Inject
    FacesMessages messages;

    private String check;
    private LocalDate date;
    private String place;
    private transient List<QueueEntry> queue;
    private transient List<SessionSummary> sessions;
    private transient List<CheckChoice> choices;

    public String create() {
        try {
            String[] parts = check == null ? new String[0] : check.split("\\|", 2);
            Long id = assessments.createSession(parts.length == 2 ? parts[0] : null, parts.length == 2 ? parts[1] : null,
                    date, place);
            messages.info("assess.session.created");
            return "/assess/session?faces-redirect=true&s=" + id;
        } catch (BusinessException e) {
            messages.error(e);
            return null;
        }
    }

    public List<QueueEntry> getQueue() {
        if (queue == null) {
            queue = assessments.queue(null, null, QUEUE_PAGE);
        }
        return queue;
    }

    public List<SessionSummary> getSessions() {
        if (sessions == null) {
            LocalDate today = getToday();
            sessions = assessments.sessions(today.minusDays(30), today.plusYears(1), 100);
        }
        return sessions;
    }

    public List<CheckChoice> getChoices() {
        if (choices == null) {
            choices = assessments.checkChoices();
        }
        return choices;
    }

    public LocalDate getToday() {
        return LocalDate.now(ClockProducer.ZONE);
    }

    public String getCheck() { return check; }
    public void setCheck(String check) { this.check = check; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
}
