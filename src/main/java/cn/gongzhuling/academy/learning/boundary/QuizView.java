package cn.gongzhuling.academy.learning.boundary;

import cn.gongzhuling.academy.learning.entity.QuizAttempt;
import cn.gongzhuling.academy.platform.boundary.BusinessException;
import cn.gongzhuling.academy.platform.boundary.FacesMessages;
import cn.gongzhuling.academy.platform.boundary.UserLocale;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The quiz page (/learn/quiz?e=enrolment): rules and attempts, or the open attempt's paper. */
@Named
@ViewScoped
public class QuizView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    QuizService quiz;

    @Inject
    FacesMessages messages;

    @Inject
    UserLocale userLocale;

    private Long e;
    private QuizOverview overview;
    private QuizPaper paper;
    private final Map<Long, Slot> slots = new HashMap<>();

    /** The answer being given to one drawn question. */
    public static class Slot implements Serializable {
        private static final long serialVersionUID = 1L;
        private String single;
        private List<String> many = new ArrayList<>();

        public String getSingle() { return single; }
        public void setSingle(String single) { this.single = single; }
        public List<String> getMany() { return many; }
        public void setMany(List<String> many) { this.many = many; }
    }

    public void onLoad() throws IOException {
        try {
            overview = quiz.overview(e);
            if (overview.getOpenAttemptId() != null) {
                paper = quiz.paper(overview.getOpenAttemptId(), userLocale.getLocale());
                paper.questions().forEach(q -> slots.put(q.questionId(), new Slot()));
            }
        } catch (BusinessException ex) {
            FacesContext fc = FacesContext.getCurrentInstance();
            fc.getExternalContext().responseSendError(404, "");
            fc.responseComplete();
        }
    }

    public String start() {
        try {
            quiz.start(e);
            return "/learn/quiz?faces-redirect=true&e=" + e;
        } catch (BusinessException ex) {
            messages.error(ex);
            return null;
        }
    }

    public String submit() {
        Map<Long, Set<String>> answers = new HashMap<>();
        slots.forEach((questionId, slot) -> {
            Set<String> chosen = new HashSet<>(slot.getMany() == null ? List.of() : slot.getMany());
            if (slot.getSingle() != null && !slot.getSingle().isBlank()) {
                chosen.add(slot.getSingle());
            }
            if (!chosen.isEmpty()) {
                answers.put(questionId, chosen);
            }
        });
        try {
            QuizAttempt attempt = quiz.submit(paper.attemptId(), answers);
            messages.info(attempt.isPassedAttempt() ? "quiz.passedToast" : "quiz.failedToast", attempt.getScorePercent());
            return "/learn/result?faces-redirect=true&a=" + attempt.getId();
        } catch (BusinessException ex) {
            messages.error(ex);
            return null;
        }
    }

    public int getUnanswered() {
        return (int) slots.values().stream()
                .filter(s -> (s.getSingle() == null || s.getSingle().isBlank()) && (s.getMany() == null || s.getMany().isEmpty()))
                .count();
    }

    public Long getE() { return e; }
    public void setE(Long e) { this.e = e; }
    public QuizOverview getOverview() { return overview; }
    public QuizPaper getPaper() { return paper; }
    public Map<Long, Slot> getSlots() { return slots; }
}
