package cn.gongzhuling.academy.learning.boundary;

import cn.gongzhuling.academy.platform.boundary.BusinessException;
import cn.gongzhuling.academy.platform.boundary.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The trainee's dashboard (/learn/index). */
@Named
@RequestScoped
public class LearnView {

    @Inject
    LearningService learning;

    @Inject
    FacesMessages messages;

    private Dashboard dashboard;

    public Dashboard getDashboard() {
        if (dashboard == null) {
            dashboard = learning.dashboard();
        }
        return dashboard;
    }

    /** Self-enrolment in an open course, then straight to its first lesson. */
    public String enrol(String courseCode) {
        try {
            Long enrolmentId = learning.enrolSelf(courseCode);
            messages.info("learn.enrolled");
            return "/learn/lesson?faces-redirect=true&e=" + enrolmentId;
        } catch (BusinessException e) {
            messages.error(e);
            return null;
        }
    }
}
