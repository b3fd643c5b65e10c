package cn.gongzhuling.academy.organization.boundary;

import cn.gongzhuling.academy.organization.entity.OrgUnit;

/** A unit with the number of active people in its subtree. Getters because EL 5 does not read record components. */
public record UnitSummary(OrgUnit unit, long people) {

    public OrgUnit getUnit() {
        return unit;
    }

    public long getPeople() {
        return people;
    }
}
