package cn.gongzhuling.academy.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One choice given for a drawn question: an option key, or "true"/"false". */
@Entity
@Table(name = "attempt_answer")
public class AttemptAnswer {

    public static final int CHOICE_MAX = 20;

    @Id
    @SequenceGenerator(name = "learning_seq", sequenceName = "learning_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "learning_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "attempt_question_id", nullable = false)
    private AttemptQuestion attemptQuestion;

    @Column(nullable = false, length = CHOICE_MAX)
    private String choice;

    protected AttemptAnswer() {
    }

    public AttemptAnswer(AttemptQuestion attemptQuestion, String choice) {
        this.attemptQuestion = attemptQuestion;
        this.choice = choice;
    }

    public Long getId() { return id; }
    public String getChoice() { return choice; }
}
