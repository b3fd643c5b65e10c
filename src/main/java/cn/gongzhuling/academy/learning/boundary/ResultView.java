package cn.gongzhuling.academy.learning.boundary;

import cn.gongzhuling.academy.platform.boundary.BusinessException;
import cn.gongzhuling.academy.platform.boundary.UserLocale;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** A submitted attempt's result with explanations (/learn/result?a=attempt). */
@Named
@RequestScoped
public class ResultView {

    @Inject
    QuizService quiz;

    @Inject
    UserLocale userLocale;

    private Long a;
    private QuizResult result;

    public void onLoad() throws IOException {
        try {
            result = quiz.result(a, userLocale.getLocale());
        } catch (BusinessException ex) {
            FacesContext fc = FacesContext.getCurrentInstance();
            fc.getExternalContext().responseSendError(404, "");
            fc.responseComplete();
        }
    }

    public Long getA() { return a; }
    public void setA(Long a) { this.a = a; }
    public QuizResult getResult() { return result; }
}
