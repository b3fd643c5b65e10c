package cn.gongzhuling.academy.platform.boundary;

import com.lowagie.text.pdf.BaseFont;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The CJK font of every PDF the product makes (certificates, report summaries): the configured file
 * (app.certificates.font), else the Noto Sans SC shipped in the WAR, else Debian's Noto Sans CJK.
 * Loaded once; embedded as a subset by OpenPDF.
 */
@ApplicationScoped
public class PdfFonts {

    static final String BUNDLED_FONT = "/cn/gongzhuling/academy/platform/fonts/NotoSansHans-Regular.otf";
    static final String DEBIAN_FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2";
    private static final Logger LOG = Logger.getLogger(PdfFonts.class.getName());

    @Inject
    AppConfig config;

    private volatile BaseFont font;

    public BaseFont cjk() {
        BaseFont f = font;
        if (f == null) {
            synchronized (this) {
                if (font == null) {
                    font = load();
                }
                f = font;
            }
        }
        return f;
    }

    private BaseFont load() {
        try {
            if (config.certFont().isPresent()) {
                return BaseFont.createFont(config.certFont().get(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            }
            try (InputStream in = PdfFonts.class.getResourceAsStream(BUNDLED_FONT)) {
                if (in != null) {
                    return BaseFont.createFont("NotoSansHans-Regular.otf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                            true, in.readAllBytes(), null);
                }
            }
            return BaseFont.createFont(DEBIAN_FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "No CJK font for PDFs; set app.certificates.font to a TTF/OTF file", e);
            throw new BusinessException("cert.error.font");
        }
    }
}
