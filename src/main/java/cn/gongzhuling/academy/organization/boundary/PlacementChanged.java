package cn.gongzhuling.academy.organization.boundary;

import java.util.Set;

/**
 * Fired in the transaction that moved a person to another unit or (de)activated them: the units
 * whose people changed (the old and the new unit). Reports that count per unit recount them.
 */
public record PlacementChanged(Long personId, Set<Long> unitIds) {

    public Long getPersonId() { return personId; }
    public Set<Long> getUnitIds() { return unitIds; }
}
