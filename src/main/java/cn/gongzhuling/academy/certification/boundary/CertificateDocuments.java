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
import cn.gongzhuling.academy.certification.control.VerificationCodes;
import com.lowagie.text.pdf.BaseFont;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The PDF and the Open Badges document of a holder's own certificate. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CertificateDocuments {

    static final String BUNDLED_FONT = "/cn/gongzhuling/academy/certification/fonts/NotoSansHans-Regular.otf";
    static final String DEBIAN_FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2";
    private static final Logger LOG = Logger.getLogger(CertificateDocuments.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    CertificationService certificates;

    @Inject
    AppConfig config;

    private volatile BaseFont font;

    public byte[] pdf(Long certificateId) {
        Certificate c = downloadable(certificateId);
        return new CertificatePdf(font()).render(print(c));
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

    /**
     * The CJK font: the configured file, else the Noto Sans SC shipped in the WAR, else Debian's
     * Noto Sans CJK. Loaded once.
     */
    BaseFont font() {
        BaseFont f = font;
        if (f == null) {
            synchronized (this) {
                if (font == null) {
                    font = loadFont();
                }
                f = font;
            }
        }
        return f;
    }

    private BaseFont loadFont() {
        try {
            if (config.certFont().isPresent()) {
                return BaseFont.createFont(config.certFont().get(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            }
            try (InputStream in = CertificateDocuments.class.getResourceAsStream(BUNDLED_FONT)) {
                if (in != null) {
                    return BaseFont.createFont("NotoSansHans-Regular.otf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                            true, in.readAllBytes(), null);
                }
            }
            return BaseFont.createFont(DEBIAN_FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "No CJK font for certificates; set app.certificates.font to a TTF/OTF file", e);
            throw new BusinessException("cert.error.font");
        }
    }
}
