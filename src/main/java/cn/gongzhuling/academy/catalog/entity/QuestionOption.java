package cn.gongzhuling.academy.catalog.entity;

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
import java.util.Locale;

/** An answer option of a single or multiple choice question. */
@Entity
@Table(name = "question_option")
public class QuestionOption {

    @Id
    @SequenceGenerator(name = "catalog_seq", sequenceName = "catalog_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalog_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id", nullable = false)
    private Question question;

    @Column(name = "option_key", nullable = false, length = 20)
    private String key;

    @Column(nullable = false)
    private int position;

    @Column(name = "text_zh", nullable = false, length = 1000)
    private String textZh;

    @Column(name = "text_en", nullable = false, length = 1000)
    private String textEn;

    @Column(nullable = false)
    private boolean correct;

    protected QuestionOption() {
    }

    public QuestionOption(Question question, String key, int position, String textZh, String textEn, boolean correct) {
        this.question = question;
        this.key = key;
        this.position = position;
        this.textZh = textZh;
        this.textEn = textEn;
        this.correct = correct;
    }

    public String text(Locale locale) {
        return "en".equals(locale.getLanguage()) ? textEn : textZh;
    }

    public Long getId() { return id; }
    public String getKey() { return key; }
    public boolean isCorrect() { return correct; }
}
