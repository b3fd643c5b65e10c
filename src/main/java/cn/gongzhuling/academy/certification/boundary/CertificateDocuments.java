package cn.gongzhuling.academy.certification.boundary;

import cn.gongzhuling.academy.catalog.entity.CourseVersion;
import cn.gongzhuling.academy.catalog.entity.Skill;
import cn.gongzhuling.academy.certification.control.BadgeDocument;
import cn.gongzhuling.academy.certification.control.CertificatePdf;
import cn.gongzhuling.academy.certification.control.CertificatePrint;
import cn.gongzhuling.academy.certification.entity.Certificate;
import cn.gongzhuling.academy.organization.entity.Person;
import cn.gongzhuling.academy.platform.boundary.AppConfig;
import cn.gongzhuling.academy.platform.boundary.BusinessException;
import cn.gongzhuling.academy.platform.boundary.ClockProducer;
import cn.gongzhuling.academy.platform.boundary.PdfFonts;
import cn.gongzhuling.academy.certification.control.VerificationCodes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** The PDF and the Open Badges document of a holder's own certificate. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CertificateDocuments {

    @PersistenceContext
    EntityManager em;

    @Inject
    CertificationService certificates;

    @Inject
    AppConfig config;

    @Inject
    PdfFonts fonts;

    public byte[] pdf(Long certificateId) {
        Certificate c = downloadable(certificateId);
        return new CertificatePdf(fonts.cjk()).render(print(c));
    }

    public JsonObject badge(Long certificateId) {
        Certificate c = downloadable(certificateId);
        Person p = em.find(Person.class, c.getPersonId());
        CourseVersion v = c.getCourseVersion();
        String salt = c.getVerificationCode().substring(0, 16);
        return BadgeDocument.of(new BadgeDocument.Facts(verifyUrl(c), v.getCourse().getCode(), v.getVersionNo(),
                v.getTitleZh(), v.getTitleEn(), v.summary(java.util.Locale.CHINA), v.summary(java.util.Locale.ENGLISH),
                v.getSkills().stream().map(Skill::getCode).toList(), VerificationCodes.hash(salt + p.getStaffNo()),
                salt, c.getIssuedOn(), c.getExpiresOn(), config.issuerUrl(), config.issuerNameZh(),
                config.issuerNameEn(), config.issuerUrl(), config.issuerEmail().orElse(null)), ClockProducer.ZONE);
    }

    public String fileName(Long certificateId, String extension) {
        return downloadable(certificateId).getSerialNo() + "." + extension;
    }

    /** Where a certificate's QR code and badge id point. */
    public String verifyUrl(Certificate c) {
        String base = config.publicUrl();
        return (base.endsWith("/") ? base : base + "/") + "verify/" + c.getVerificationCode();
    }

    private Certificate downloadable(Long id) {
        Certificate c = certificates.own(id);
        if (c.isRevoked()) {
            throw new BusinessException("cert.error.revoked");
        }
        return c;
    }

    CertificatePrint print(Certificate c) {
        Person p = em.find(Person.class, c.getPersonId());
        CourseVersion v = c.getCourseVersion();
        List<Skill> skills = v.getSkills();
        return new CertificatePrint(c.getSerialNo(), p.getNameZh(), p.getNameEn(), v.getTitleZh(), v.getTitleEn(),
                skills.stream().map(Skill::getNameZh).toList(), skills.stream().map(Skill::getNameEn).toList(),
                c.getIssuedOn(), c.getExpiresOn(), config.issuerNameZh(), config.issuerNameEn(), verifyUrl(c),
                c.getPrevious() == null ? null : c.getPrevious().getSerialNo());
    }
}
