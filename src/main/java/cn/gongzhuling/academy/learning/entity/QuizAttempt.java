package cn.gongzhuling.academy.learning.entity;

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
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** One quiz attempt: the questions drawn for it, its deadline and, once submitted, its score. */
@Entity
@Table(name = "quiz_attempt")
public class QuizAttempt {

    @Id
    @SequenceGenerator(name = "learning_seq", sequenceName = "learning_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "learning_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrolment_id", nullable = false)
    private Enrolment enrolment;

    @Column(name = "attempt_no", nullable = false)
    private int attemptNo;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Column(nullable = false)
    private LocalDateTime deadline;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @Column(name = "correct_count")
    private Integer correctCount;

    @Column(name = "question_count", nullable = false)
    private int questionCount;

    @Column(name = "score_percent")
    private Integer scorePercent;

    @Column
    private Boolean passed;

    @Version
    private long version;

    @OneToMany(mappedBy = "attempt", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<AttemptQuestion> questions = new ArrayList<>();

    protected QuizAttempt() {
    }

    public QuizAttempt(Enrolment enrolment, int attemptNo, LocalDateTime startedAt, LocalDateTime deadline,
                       int questionCount) {
        this.enrolment = enrolment;
        this.attemptNo = attemptNo;
        this.startedAt = startedAt;
        this.deadline = deadline;
        this.questionCount = questionCount;
    }

    public void recordScore(int correct, int percent, boolean pass) {
        this.correctCount = correct;
        this.scorePercent = percent;
        this.passed = pass;
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    /** Open past its deadline: it can no longer be submitted and counts as a failed attempt. */
    public boolean isExpired(LocalDateTime now) {
        return submittedAt == null && now.isAfter(deadline);
    }

    public boolean isPassedAttempt() {
        return Boolean.TRUE.equals(passed);
    }

    public Long getId() { return id; }
    public Enrolment getEnrolment() { return enrolment; }
    public int getAttemptNo() { return attemptNo; }
    public LocalDateTime getStartedAt() { return startedAt; }
    public LocalDateTime getDeadline() { return deadline; }
    public LocalDateTime getSubmittedAt() { return submittedAt; }
    public void setSubmittedAt(LocalDateTime submittedAt) { this.submittedAt = submittedAt; }
    public Integer getCorrectCount() { return correctCount; }
    public int getQuestionCount() { return questionCount; }
    public Integer getScorePercent() { return scorePercent; }
    public Boolean getPassed() { return passed; }
    public List<AttemptQuestion> getQuestions() { return questions; }
}
