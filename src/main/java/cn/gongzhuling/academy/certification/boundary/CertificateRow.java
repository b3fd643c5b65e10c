package cn.gongzhuling.academy.certification.boundary;

import cn.gongzhuling.academy.platform.control.SpreadsheetCells;
import cn.gongzhuling.academy.certification.control.CertificateStatus;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;

/** A certificate as lists show it; getters because EL cannot read record components. */
public record CertificateRow(Long id, long version, String serialNo, String verificationCode, Long personId,
                             String staffNo, String nameZh, String nameEn, String unitZh, String unitEn,
                             String courseCode, String courseZh, String courseEn, LocalDate issuedOn,
                             LocalDate expiresOn, CertificateStatus status, String revokeReason,
                             boolean renewed, Long refresherEnrolmentId) implements Serializable {

    public String name(Locale l) { return "en".equals(l.getLanguage()) ? nameEn : nameZh; }
    public String unit(Locale l) { return "en".equals(l.getLanguage()) ? unitEn : unitZh; }
    public String course(Locale l) { return "en".equals(l.getLanguage()) ? courseEn : courseZh; }

    /** Renewal can start: expiring or expired, not revoked, not renewed, no refresher started yet. */
    public boolean isRenewable() {
        return status.renewable() && !renewed && refresherEnrolmentId == null;
    }

    /** Downloads and the badge make sense for a certificate that was not revoked. */
    public boolean isDownloadable() {
        return status != CertificateStatus.REVOKED;
    }

    /** Spreadsheet-safe text for exports. */
    public String safe(String value) { return SpreadsheetCells.safe(value); }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getSerialNo() { return serialNo; }
    public String getVerificationCode() { return verificationCode; }
    public String getStaffNo() { return staffNo; }
    public String getNameZh() { return nameZh; }
    public String getNameEn() { return nameEn; }
    public String getCourseCode() { return courseCode; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public CertificateStatus getStatus() { return status; }
    public String getStatusName() { return status.name(); }
    public String getRevokeReason() { return revokeReason; }
    public boolean isRenewed() { return renewed; }
    public Long getRefresherEnrolmentId() { return refresherEnrolmentId; }
}
