package cn.gongzhuling.academy.organization.boundary;

/**
 * Fired in the transaction that added a person (by hand or by import). Reports that count people per
 * unit count them in. Moves and (de)activation fire {@link PlacementChanged} instead.
 */
public record PersonAdded(Long personId) {

    public Long getPersonId() { return personId; }
}
