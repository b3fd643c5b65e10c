package cn.gongzhuling.academy.organization.boundary;

/**
 * Fired in the transaction that moved a unit, and its subtree, under another parent. Reports that
 * keep sums per unit and its ancestors must recount them.
 */
public record UnitMoved(Long unitId) {

    public Long getUnitId() { return unitId; }
}
