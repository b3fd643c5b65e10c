package cn.gongzhuling.academy.organization.boundary;

import cn.gongzhuling.academy.organization.entity.OrgUnit;

/** A unit with the number of active people in its subtree. */
public record UnitSummary(OrgUnit unit, long people) {
}
