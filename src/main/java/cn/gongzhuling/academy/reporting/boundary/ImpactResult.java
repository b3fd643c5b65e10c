package cn.gongzhuling.academy.reporting.boundary;

import cn.gongzhuling.academy.organization.entity.OrgUnit;
import cn.gongzhuling.academy.reporting.control.ImpactFigures;

/** The impact figures of a unit and skill, with what they were computed for and how current they are. */
public record ImpactResult(OrgUnit unit, String skillCode, ImpactFigures figures, ImpactFreshness freshness) {

    public OrgUnit getUnit() { return unit; }
    public String getSkillCode() { return skillCode; }
    public ImpactFigures getFigures() { return figures; }
    public ImpactFreshness getFreshness() { return freshness; }
}
