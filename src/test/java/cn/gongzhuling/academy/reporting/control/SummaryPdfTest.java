package cn.gongzhuling.academy.reporting.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.BaseFont;
import java.io.InputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class SummaryPdfTest {

    @Test
    void theSummaryPrintsChineseUnitNamesAndNumbers() throws Exception {
        BaseFont font;
        try (InputStream in = SummaryPdfTest.class.getResourceAsStream(
                "/cn/gongzhuling/academy/platform/fonts/NotoSansHans-Regular.otf")) {
            font = BaseFont.createFont("NotoSansHans-Regular.otf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    in.readAllBytes(), null);
        }
        SummaryPdf.Table completion = new SummaryPdf.Table("培训完成情况", List.of("单位", "应学", "已完成"),
                List.of(List.of("河北街道", 120L, 66L), List.of("=1+1 铁北街道", 80L, 10L)), List.of("合计", 200L, 76L));

        byte[] pdf = new SummaryPdf(font).render("培训与持证情况摘要", "公主岭市 · 2026年11月27日", List.of(completion),
                List.of("说明：只统计在岗人员。"));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("培训与持证情况摘要"), text);
            assertTrue(text.contains("河北街道"), text);
            assertTrue(text.contains("120"), text);
            assertTrue(text.contains("合计"), text);
            assertTrue(text.contains("说明：只统计在岗人员。"), text);
        }
    }
}
