package cn.gongzhuling.academy.certification.boundary;

import cn.gongzhuling.academy.certification.control.CertificateStatus;
import java.time.LocalDate;
import java.util.Locale;

/** What the public verification page shows: a masked name, never the person's full name or unit. */
public record Verification(String maskedName, String serialNo, String courseZh, String courseEn, LocalDate issuedOn,
                           LocalDate expiresOn, CertificateStatus status, LocalDate revokedOn) {

    public String course(Locale l) { return "en".equals(l.getLanguage()) ? courseEn : courseZh; }
    public String getMaskedName() { return maskedName; }
    public String getSerialNo() { return serialNo; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public CertificateStatus getStatus() { return status; }
    public String getStatusName() { return status.name(); }
    public LocalDate getRevokedOn() { return revokedOn; }
}
