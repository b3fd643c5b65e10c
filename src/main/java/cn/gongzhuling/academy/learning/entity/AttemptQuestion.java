package cn.gongzhuling.academy.learning.entity;

import cn.gongzhuling.academy.catalog.entity.Question;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A question drawn for an attempt, the order its options were shown in, and whether it was answered correctly. */
@Entity
@Table(name = "attempt_question")
public class AttemptQuestion {

    @Id
    @SequenceGenerator(name = "learning_seq", sequenceName = "learning_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "learning_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "attempt_id", nullable = false)
    private QuizAttempt attempt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id", nullable = false)
    private Question question;

    @Column(nullable = false)
    private int position;

    @Column(name = "option_order", nullable = false, length = 400)
    private String optionOrder;

    @Column
    private Boolean correct;

    @OneToMany(mappedBy = "attemptQuestion", cascade = CascadeType.PERSIST)
    private List<AttemptAnswer> answers = new ArrayList<>();

    protected AttemptQuestion() {
    }

    public AttemptQuestion(QuizAttempt attempt, Question question, int position, String optionOrder) {
        this.attempt = attempt;
        this.question = question;
        this.position = position;
        this.optionOrder = optionOrder;
    }

    public Long getId() { return id; }
    public QuizAttempt getAttempt() { return attempt; }
    public Question getQuestion() { return question; }
    public int getPosition() { return position; }
    public String getOptionOrder() { return optionOrder; }
    public Boolean getCorrect() { return correct; }
    public void setCorrect(Boolean correct) { this.correct = correct; }
    public List<AttemptAnswer> getAnswers() { return answers; }
}
