package cn.gongzhuling.academy.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static final List<String> REQUIRED = List.of("a", "b");
    private static final List<String> OPTIONAL = List.of("c");

    private final ImportErrors errors = new ImportErrors();

    private CsvTable read(String text) {
        return CsvReader.read(text.getBytes(StandardCharsets.UTF_8), REQUIRED, OPTIONAL, errors);
    }

    private String errorList() {
        return errors.list().stream().map(e -> e.line() + ":" + e.field() + ":" + e.key())
                .collect(Collectors.joining(", "));
    }

    @Test
    void quotedFieldsKeepCommasAndDoubledQuotes() {
        CsvTable t = read("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n");
        assertTrue(errors.isEmpty(), errorList());
        assertEquals(1, t.rows().size());
        assertEquals("x, y", t.rows().get(0).get("a"));
        assertEquals("say \"hi\"", t.rows().get(0).get("b"));
        assertEquals(2, t.rows().get(0).line());
    }

    @Test
    void lineBreakInsideQuotesKeepsPhysicalLineNumbers() {
        CsvTable t = read("a,b\n1,\"two\nlines\"\n3,x\n");
        assertTrue(errors.isEmpty(), errorList());
        assertEquals("two\nlines", t.rows().get(0).get("b"));
        assertEquals(2, t.rows().get(0).line());
        assertEquals(4, t.rows().get(1).line(), "the row after a two-line record starts on line 4");
    }

    @Test
    void byteOrderMarkAndCrlfAreHandled() {
        CsvTable t = read("\uFEFFA,B\r\n1,2\r\n\r\n3,4\r\n");
        assertTrue(errors.isEmpty(), errorList());
        assertEquals(List.of("a", "b"), t.columns(), "BOM stripped, names matched ignoring case");
        assertEquals(2, t.rows().size(), "blank line skipped");
        assertEquals("2", t.rows().get(0).get("b"), "no CR left in the last field");
        assertEquals(4, t.rows().get(1).line());
    }

    @Test
    void invalidUtf8IsReportedWithItsLine() {
        byte[] gbk = "a,b\n1,2\n张三,3\n".getBytes(Charset.forName("GBK"));
        CsvTable t = CsvReader.read(gbk, REQUIRED, OPTIONAL, errors);
        assertFalse(t.usable());
        assertEquals("3::import.error.encoding", errorList());
        assertEquals("3", errors.list().get(0).args()[0]);
    }

    @Test
    void unbalancedQuoteIsReportedWhereItOpens() {
        CsvTable t = read("a,b\n1,2\n3,\"open\n4,5\n6,7\n");
        assertFalse(t.usable());
        assertEquals("3::import.error.quote", errorList());
    }

    @Test
    void textAfterClosingQuoteIsAnErrorOfThatLineOnly() {
        CsvTable t = read("a,b\n\"x\"y,2\n3,4\n");
        assertEquals("2::import.error.quote", errorList());
        assertEquals(1, t.rows().size());
    }

    @Test
    void headerProblemsAreAllReported() {
        CsvTable t = read("A,a,zzz\n1,2,3\n");
        assertFalse(t.usable());
        assertEquals("1:a:import.error.duplicateColumn, 1:zzz:import.error.unknownColumn, 1:b:import.error.header",
                errorList());
    }

    @Test
    void wrongFieldCountIsAnErrorOfThatLine() {
        CsvTable t = read("a,b,c\n1,2,3\n1,2\n1,2,3,4\n");
        assertEquals("3::import.error.columnCount, 4::import.error.columnCount", errorList());
        assertEquals(1, t.rows().size());
        assertEquals(List.of(3, 2), List.of(errors.list().get(0).args()));
    }

    @Test
    void optionalColumnMayBeMissing() {
        CsvTable t = read("b,a\n1,2\n");
        assertTrue(errors.isEmpty(), errorList());
        assertEquals("2", t.rows().get(0).get("a"));
        assertEquals(null, t.rows().get(0).get("c"));
    }

    @Test
    void emptyFileAndHeaderOnly() {
        read("");
        read("\uFEFF\n\n");
        read("a,b\n");
        assertEquals("0::import.error.empty, 0::import.error.empty, 0::import.error.empty", errorList());
    }

    @Test
    void lastLineWithoutLineBreakAndTrailingEmptyField() {
        CsvTable t = read("a,b\n1,");
        assertTrue(errors.isEmpty(), errorList());
        assertEquals("", t.rows().get(0).get("b"));
    }

    @Test
    void errorsAreCappedButCounted() {
        StringBuilder sb = new StringBuilder("a,b\n");
        for (int i = 0; i < 500; i++) {
            sb.append("only-one\n");
        }
        read(sb.toString());
        assertEquals(500, errors.total());
        assertEquals(ImportErrors.CAP, errors.list().size());
        assertTrue(errors.truncated());
    }
}
