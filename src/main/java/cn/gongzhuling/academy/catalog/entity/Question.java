package cn.gongzhuling.academy.catalog.entity;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A question of a course version's bank. The answer key never leaves the server before submission. */
@Entity
@Table(name = "question")
public class Question {

    @Id
    @SequenceGenerator(name = "catalog_seq", sequenceName = "catalog_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalog_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_version_id", nullable = false)
    private CourseVersion courseVersion;

    @Column(name = "question_key", nullable = false, length = 40)
    private String key;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "question_type", nullable = false, length = 16)
    private QuestionType type;

    @Column(name = "text_zh", nullable = false, length = 2000)
    private String textZh;

    @Column(name = "text_en", nullable = false, length = 2000)
    private String textEn;

    @Column(name = "explanation_zh", nullable = false, length = 4000)
    private String explanationZh;

    @Column(name = "explanation_en", nullable = false, length = 4000)
    private String explanationEn;

    @Column(name = "tf_answer")
    private Boolean trueFalseAnswer;

    @OneToMany(mappedBy = "question", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<QuestionOption> options = new ArrayList<>();

    protected Question() {
    }

    public Question(CourseVersion courseVersion, String key, int position, QuestionType type, String textZh,
                    String textEn, String explanationZh, String explanationEn, Boolean trueFalseAnswer) {
        this.courseVersion = courseVersion;
        this.key = key;
        this.position = position;
        this.type = type;
        this.textZh = textZh;
        this.textEn = textEn;
        this.explanationZh = explanationZh;
        this.explanationEn = explanationEn;
        this.trueFalseAnswer = trueFalseAnswer;
    }

    public String text(Locale locale) {
        return "en".equals(locale.getLanguage()) ? textEn : textZh;
    }

    public String explanation(Locale locale) {
        return "en".equals(locale.getLanguage()) ? explanationEn : explanationZh;
    }

    public Long getId() { return id; }
    public String getKey() { return key; }
    public int getPosition() { return position; }
    public QuestionType getType() { return type; }
    public Boolean getTrueFalseAnswer() { return trueFalseAnswer; }
    public List<QuestionOption> getOptions() { return options; }
}
