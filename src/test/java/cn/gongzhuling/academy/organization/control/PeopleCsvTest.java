package cn.gongzhuling.academy.organization.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongzhuling.academy.organization.entity.Position;
import cn.gongzhuling.academy.platform.control.CsvReader;
import cn.gongzhuling.academy.platform.control.CsvTable;
import cn.gongzhuling.academy.platform.control.ImportErrors;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PeopleCsvTest {

    /** Demo unit codes the tests may use, with made-up ids. */
    private static final Map<String, Long> UNITS = Map.of(
            "JINGHUA", 1L, "JINGHUA-G1", 2L, "DONGWA", 3L, "DONGWA-G1", 4L);
    private static final Function<String, Long> RESOLVER = UNITS::get;
    private static final String HEADER = "staff_no,name_zh,name_en,phone,unit_code,position,active\n";

    private final ImportErrors errors = new ImportErrors();

    private List<PeopleCsv.Row> parse(byte[] data) {
        CsvTable table = CsvReader.read(data, PeopleCsv.REQUIRED, PeopleCsv.OPTIONAL, errors);
        return table.usable() ? PeopleCsv.parse(table, RESOLVER, errors) : List.of();
    }

    private List<PeopleCsv.Row> parse(String text) {
        return parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PeopleCsvTest.class.getResourceAsStream("/csv/" + name)) {
            return in.readAllBytes();
        }
    }

    private String errorList() {
        return errors.list().stream().map(e -> e.line() + ":" + e.field() + ":" + e.key())
                .collect(Collectors.joining(", "));
    }

    @Test
    void goodFileGivesOneDraftPerRow() throws IOException {
        List<PeopleCsv.Row> rows = parse(resource("good-people.csv"));
        assertTrue(errors.isEmpty(), errorList());
        assertEquals(5, rows.size());
        PeopleCsv.Row second = rows.get(1);
        assertEquals(3, second.line());
        assertEquals("Li, Si", second.draft().getNameEn());
        assertEquals(Position.GRID_WORKER, second.draft().getPosition(), "position matched ignoring case");
        assertEquals(2L, second.draft().getUnitId());
        assertNull(second.active(), "empty active cell leaves the status open");
        assertEquals("Wu \"Tiger\" Wang", rows.get(2).draft().getNameEn());
        assertEquals(Boolean.FALSE, rows.get(3).active());
        assertNull(rows.get(3).draft().getPhone());
        assertEquals(Boolean.TRUE, rows.get(4).active());
    }

    @Test
    void scriptInNameIsAcceptedAsPlainText() throws IOException {
        List<PeopleCsv.Row> rows = parse(resource("good-people.csv"));
        assertEquals("<script>alert(1)</script>", rows.get(3).draft().getNameZh());
        assertEquals("<b>Bold</b> Name", rows.get(3).draft().getNameEn());
    }

    @Test
    void badFileReportsEveryProblemWithLineAndColumn() throws IOException {
        List<PeopleCsv.Row> rows = parse(resource("bad-people.csv"));
        assertEquals("2:staff_no:import.error.duplicateKeyAgain, "
                + "3:phone:validation.phone, "
                + "4:unit_code:import.error.unknownUnit, "
                + "5:staff_no:import.error.duplicateKey, "
                + "6:position:import.error.unknownPosition, "
                + "7:active:import.error.boolean, "
                + "8:unit_code:import.error.unknownUnit, "
                + "9:staff_no:validation.required, "
                + "9:name_zh:validation.required", errorList());
        assertEquals("IMP10001", errors.list().get(3).args()[0]);
        assertEquals("2", errors.list().get(3).args()[1], "the duplicate names the first line");
        assertEquals("5", errors.list().get(0).args()[1], "the first line names the duplicate");
        assertEquals("<script>alert(2)</script>", errors.list().get(6).args()[0]);
        assertFalse(rows.stream().anyMatch(r -> r.line() == 6), "row 6 (script name, bad position) is rejected");
    }

    @Test
    void missingColumnIsReported() {
        parse("staff_no,name_zh,name_en,unit_code,position\nA1,甲,Jia,JINGHUA,GRID_WORKER\n");
        assertEquals("1:phone:import.error.header", errorList());
    }

    @Test
    void unknownColumnIsReported() {
        parse("staff_no,name_zh,name_en,phone,unit_code,position,email\nA1,甲,Jia,,JINGHUA,GRID_WORKER,a@b.c\n");
        assertEquals("1:email:import.error.unknownColumn", errorList());
    }

    @Test
    void duplicateStaffNoReportsBothLines() {
        parse(HEADER + "A1,甲,Jia,,JINGHUA,GRID_WORKER,\nA2,乙,Yi,,JINGHUA,GRID_WORKER,\nA1,丙,Bing,,JINGHUA,GRID_WORKER,\n");
        assertEquals("2:staff_no:import.error.duplicateKeyAgain, 4:staff_no:import.error.duplicateKey", errorList());
    }

    @Test
    void unknownUnitIsReportedOnce() {
        parse(HEADER + "A1,甲,Jia,,HENAN-X,GRID_WORKER,\n");
        assertEquals("2:unit_code:import.error.unknownUnit", errorList());
    }

    @Test
    void invalidPhoneIsReported() {
        parse(HEADER + "A1,甲,Jia,1390000,JINGHUA,GRID_WORKER,\nA2,乙,Yi,0434-6123456,JINGHUA,GRID_WORKER,\n");
        assertEquals("2:phone:validation.phone", errorList());
    }

    @Test
    void badPositionIsReportedOnce() {
        parse(HEADER + "A1,甲,Jia,,JINGHUA,MAYOR,\nA2,乙,Yi,,JINGHUA,,\n");
        assertEquals("2:position:import.error.unknownPosition, 3:position:validation.required", errorList());
    }

    @Test
    void lineBreakInNameIsRejectedAsControlCharacter() {
        parse(HEADER + "A1,\"甲\n乙\",Jia,,JINGHUA,GRID_WORKER,\n");
        assertEquals("2:name_zh:validation.controlChars", errorList());
    }
}
