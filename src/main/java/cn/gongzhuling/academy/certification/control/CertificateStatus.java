package cn.gongzhuling.academy.certification.control;

/** Where a certificate stands on a given day. */
public enum CertificateStatus {
    VALID,
    /** Still valid, but its last day falls inside the expiring window: time to renew. */
    EXPIRING,
    EXPIRED,
    REVOKED;

    /** Renewal is open inside the expiring window and after expiry, never for a revoked certificate. */
    public boolean renewable() {
        return this == EXPIRING || this == EXPIRED;
    }
}
