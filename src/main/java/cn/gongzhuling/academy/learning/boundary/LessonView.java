package cn.gongzhuling.academy.learning.boundary;

import cn.gongzhuling.academy.learning.entity.EnrolmentStatus;
import cn.gongzhuling.academy.platform.boundary.BusinessException;
import cn.gongzhuling.academy.platform.boundary.FacesMessages;
import cn.gongzhuling.academy.security.boundary.NotInScopeException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** The lesson player (/learn/lesson?e=enrolment&l=lesson); without l it resumes where the trainee left off. */
@Named
@RequestScoped
public class LessonView {

    @Inject
    LearningService learning;

    @Inject
    FacesMessages messages;

    private Long e;
    private Long l;
    private LessonPage page;

    public void onLoad() throws IOException {
        try {
            page = learning.openLesson(e, l);
        } catch (BusinessException ex) {
            FacesContext fc = FacesContext.getCurrentInstance();
            fc.getExternalContext().responseSendError(404, "");
            fc.responseComplete();
        }
    }

    /** Marks the lesson (posted as hidden field "lesson") done and moves on: next lesson, or the quiz after the last. */
    public String complete() {
        String lesson = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("lesson");
        String next = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("next");
        try {
            Long lessonId = Long.valueOf(lesson);
            EnrolmentStatus status = learning.completeLesson(e, lessonId);
            messages.info(status == EnrolmentStatus.AWAITING_PRACTICAL ? "learn.awaitingPractical" : "learn.lessonDone");
            if (next != null && !next.isBlank()) {
                return "/learn/lesson?faces-redirect=true&e=" + e + "&l=" + Long.valueOf(next);
            }
            if ("false".equals(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("quiz"))) {
                return "/learn/index?faces-redirect=true"; // a refresher without a quiz: the dashboard shows what is next
            }
            return "/learn/quiz?faces-redirect=true&e=" + e;
        } catch (NumberFormatException ex) {
            messages.error(new NotInScopeException());
        } catch (BusinessException ex) {
            messages.error(ex);
        }
        // The player is rebuilt by its GET; the message travels in the flash.
        return "/learn/index?faces-redirect=true";
    }

    public Long getE() { return e; }
    public void setE(Long e) { this.e = e; }
    public Long getL() { return l; }
    public void setL(Long l) { this.l = l; }
    public LessonPage getPage() { return page; }
}
