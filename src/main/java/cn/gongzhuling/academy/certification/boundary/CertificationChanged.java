package cn.gongzhuling.academy.certification.boundary;

/**
 * Fired in the transaction that issued or revoked a certificate: whose certifications changed.
 * Reports that count by first certification bring that person's up to date.
 */
public record CertificationChanged(Long personId) {

    public Long getPersonId() { return personId; }
}
