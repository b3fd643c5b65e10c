package cn.gongzhuling.academy.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableExportTest {

    private static final List<String> HEADERS = List.of("单位", "已完成");

    @Test
    void csvHasABomQuotesWhatNeedsItAndDefusesFormulas() throws IOException {
        String csv = csv(List.of(List.of("东风社区, 一网格", 3L), List.of("=HYPERLINK(\"x\")", 4L), List.of("-1+2", -5L)));

        assertTrue(csv.startsWith("\uFEFF单位,已完成\r\n"));
        assertTrue(csv.contains("\"东风社区, 一网格\",3\r\n"));
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"x\"\")\",4\r\n"), csv);
        assertTrue(csv.contains("'-1+2,-5\r\n"), "text is defused, a number stays a number: " + csv);
    }

    @Test
    void xlsxKeepsNumbersAsNumbersAndTextFormulasAsText() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableExport.write(TableExport.Format.XLSX, "完成情况", HEADERS,
                List.<List<Object>>of(List.of("@SUM(A1)", 7L), List.of("<script>x</script>", 0L)).iterator(), out);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheet("完成情况");
            assertEquals("单位", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(CellType.STRING, sheet.getRow(1).getCell(0).getCellType());
            assertEquals("'@SUM(A1)", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals(7.0, sheet.getRow(1).getCell(1).getNumericCellValue());
            assertEquals("<script>x</script>", sheet.getRow(2).getCell(0).getStringCellValue(), "kept as plain text");
        }
    }

    @Test
    void aLargeXlsxExportStreamsRowsItIsGiven() throws IOException {
        int n = 20_000;
        Iterator<List<Object>> rows = IntStream.range(0, n).mapToObj(i -> List.<Object>of("人" + i, (long) i)).iterator();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableExport.write(TableExport.Format.XLSX, "big", HEADERS, rows, out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals(n, book.getSheetAt(0).getLastRowNum());
        }
    }

    @Test
    void sheetNamesAreMadeLegal() {
        assertEquals("a b", TableExport.safeSheetName("a/b"));
        assertEquals(31, TableExport.safeSheetName("x".repeat(40)).length());
        assertEquals("Sheet1", TableExport.safeSheetName("[]"));
    }

    private static String csv(List<List<Object>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableExport.write(TableExport.Format.CSV, "x", HEADERS, new ArrayList<>(rows).iterator(), out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
