package cn.gongzhuling.academy.field.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** A skill a field record used, and whether the cadre held a valid certificate for it when the record was saved. */
@Embeddable
public class SkillUse implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "skill_code", nullable = false, length = 40)
    private String skillCode;

    @Column(nullable = false)
    private boolean certified;

    protected SkillUse() {
    }

    public SkillUse(String skillCode, boolean certified) {
        this.skillCode = skillCode;
        this.certified = certified;
    }

    public String getSkillCode() { return skillCode; }
    public boolean isCertified() { return certified; }
}
