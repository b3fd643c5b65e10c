package cn.gongzhuling.academy.field.boundary;

import cn.gongzhuling.academy.catalog.boundary.CatalogService;
import cn.gongzhuling.academy.catalog.entity.Skill;
import cn.gongzhuling.academy.field.entity.FieldKind;
import cn.gongzhuling.academy.field.entity.KindSkill;
import cn.gongzhuling.academy.platform.boundary.BusinessException;
import cn.gongzhuling.academy.platform.boundary.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** /admin/field-skills: the skills each kind of field work uses. */
@Named
@ViewScoped
public class KindSkillsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    KindSkillService mappings;

    @Inject
    CatalogService catalog;

    @Inject
    FacesMessages messages;

    private FieldKind kind;
    private String skillCode;
    private transient List<KindSkill> rows;
    private transient List<Skill> skills;

    public void add() {
        try {
            mappings.add(kind, skillCode);
            messages.info("common.saved");
            rows = null;
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    public void remove(KindSkill mapping) {
        try {
            mappings.remove(mapping.getId());
            messages.info("common.saved");
        } catch (BusinessException e) {
            messages.error(e);
        }
        rows = null;
    }

    public List<KindSkill> getRows() {
        if (rows == null) {
            rows = mappings.list();
        }
        return rows;
    }

    public List<Skill> getSkills() {
        if (skills == null) {
            skills = catalog.skills();
        }
        return skills;
    }

    public FieldKind[] getKinds() { return FieldKind.values(); }
    public FieldKind getKind() { return kind; }
    public void setKind(FieldKind kind) { this.kind = kind; }
    public String getSkillCode() { return skillCode; }
    public void setSkillCode(String skillCode) { this.skillCode = skillCode; }
}
