package cn.gongzhuling.academy.certification.boundary;

import cn.gongzhuling.academy.platform.boundary.AppConfig;
import cn.gongzhuling.academy.platform.boundary.BusinessException;
import cn.gongzhuling.academy.platform.boundary.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The trainee's certificates (/learn/certificates) and the certificate panels of the dashboards. */
@Named
@RequestScoped
public class MyCertificatesView {

    @Inject
    CertificationService certificates;

    @Inject
    AppConfig config;

    @Inject
    FacesMessages messages;

    private List<CertificateRow> rows;

    public List<CertificateRow> getRows() {
        if (rows == null) {
            rows = certificates.mine();
        }
        return rows;
    }

    /** Certificates to act on: expiring or expired and not renewed yet. */
    public List<CertificateRow> getAttention() {
        return getRows().stream().filter(r -> r.status().renewable() && !r.renewed()).toList();
    }

    public String verifyUrl(CertificateRow row) {
        String base = config.publicUrl();
        return (base.endsWith("/") ? base : base + "/") + "verify/" + row.verificationCode();
    }

    /** Starts (or reopens) the refresher that renews a certificate. */
    public String renew(Long certificateId) {
        try {
            Long enrolmentId = certificates.startRenewal(certificateId);
            messages.info("cert.renewal.started");
            return "/learn/lesson?faces-redirect=true&e=" + enrolmentId;
        } catch (BusinessException e) {
            messages.error(e);
            return null;
        }
    }
}
