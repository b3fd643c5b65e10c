package cn.gongzhuling.academy.assessment.entity;

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

/** The grade of one check item in one attempt: done or not (checklist) or the level reached (rubric), with a comment. */
@Entity
@Table(name = "assessment_item")
public class ItemGrade {

    public static final int COMMENT_MAX = 1000;

    @Id
    @SequenceGenerator(name = "assessment_seq", sequenceName = "assessment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "result_id", nullable = false)
    private AssessmentResult result;

    @Column(name = "item_key", nullable = false, length = 80)
    private String itemKey;

    @Column(name = "done")
    private Boolean done;

    @Column(name = "item_level")
    private Integer level;

    @Column(name = "item_comment", length = COMMENT_MAX)
    private String comment;

    protected ItemGrade() {
    }

    public ItemGrade(AssessmentResult result, String itemKey) {
        this.result = result;
        this.itemKey = itemKey;
    }

    public void set(Boolean done, Integer level, String comment) {
        this.done = done;
        this.level = level;
        this.comment = comment;
    }

    public Long getId() { return id; }
    public String getItemKey() { return itemKey; }
    public Boolean getDone() { return done; }
    public Integer getLevel() { return level; }
    public String getComment() { return comment; }
}
