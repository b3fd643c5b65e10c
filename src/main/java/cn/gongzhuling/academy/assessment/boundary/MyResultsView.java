package cn.gongzhuling.academy.assessment.boundary;

import cn.gongzhuling.academy.platform.boundary.BusinessException;
import cn.gongzhuling.academy.platform.boundary.UserLocale;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The trainee's practical results: every attempt of one course with the assessor's comments
 * (/learn/assessment?e=enrolment), and the latest result per check for the dashboard cards.
 */
@Named
@RequestScoped
public class MyResultsView {

    @Inject
    TraineeResults results;

    @Inject
    UserLocale userLocale;

    private Long e;
    private TraineeResults.CourseResults course;
    private Map<Long, List<TraineeResults.Latest>> latest;

    public void onLoad() throws IOException {
        try {
            course = results.forEnrolment(e, userLocale.getLocale());
        } catch (BusinessException ex) {
            FacesContext fc = FacesContext.getCurrentInstance();
            fc.getExternalContext().responseSendError(404, "");
            fc.responseComplete();
        }
    }

    /** The latest signed result of each check of an enrolment (one query for the whole dashboard). */
    public List<TraineeResults.Latest> latest(Long enrolmentId) {
        if (latest == null) {
            latest = results.latestByEnrolment(userLocale.getLocale());
        }
        return latest.getOrDefault(enrolmentId, List.of());
    }

    public Long getE() { return e; }
    public void setE(Long e) { this.e = e; }
    public TraineeResults.CourseResults getCourse() { return course; }
}
