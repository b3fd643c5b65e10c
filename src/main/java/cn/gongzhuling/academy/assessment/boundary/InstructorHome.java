package cn.gongzhuling.academy.assessment.boundary;

import cn.gongzhuling.academy.platform.boundary.ClockProducer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;

/** The instructor's panel on the home page: how many wait to be graded, and today's sessions. */
@Named
@RequestScoped
public class InstructorHome {

    @Inject
    AssessmentService assessments;

    private Long queueCount;
    private List<SessionSummary> today;

    public long getQueueCount() {
        if (queueCount == null) {
            queueCount = assessments.queueCount();
        }
        return queueCount;
    }

    public List<SessionSummary> getToday() {
        if (today == null) {
            LocalDate date = LocalDate.now(ClockProducer.ZONE);
            today = assessments.sessions(date, date, 20);
        }
        return today;
    }
}
