package cn.gongzhuling.academy.field.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A skill a kind of field work uses (admins configure the mapping; seeded by V6). */
@Entity
@Table(name = "field_kind_skill")
public class KindSkill {

    @Id
    @SequenceGenerator(name = "field_seq", sequenceName = "field_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "field_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private FieldKind kind;

    @Column(name = "skill_code", nullable = false, length = 40)
    private String skillCode;

    protected KindSkill() {
    }

    public KindSkill(FieldKind kind, String skillCode) {
        this.kind = kind;
        this.skillCode = skillCode;
    }

    public Long getId() { return id; }
    public FieldKind getKind() { return kind; }
    public String getSkillCode() { return skillCode; }
}
