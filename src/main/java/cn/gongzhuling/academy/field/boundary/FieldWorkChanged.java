package cn.gongzhuling.academy.field.boundary;

/**
 * Fired in the transaction that saved or corrected a field record: whose field work changed.
 * Reports that keep sums of field work bring that person's up to date.
 */
public record FieldWorkChanged(Long personId) {

    public Long getPersonId() { return personId; }
}
