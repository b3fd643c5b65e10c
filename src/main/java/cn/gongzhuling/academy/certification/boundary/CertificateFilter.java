package cn.gongzhuling.academy.certification.boundary;

import cn.gongzhuling.academy.certification.control.CertificateStatus;
import java.io.Serializable;

/** The organizer list's filters; all optional. */
public class CertificateFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private CertificateStatus status;
    private Long unitId;
    private String courseCode;

    public CertificateStatus getStatus() { return status; }
    public void setStatus(CertificateStatus status) { this.status = status; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public String getCourseCode() { return courseCode; }
    public void setCourseCode(String courseCode) { this.courseCode = courseCode == null || courseCode.isBlank() ? null : courseCode; }
}
