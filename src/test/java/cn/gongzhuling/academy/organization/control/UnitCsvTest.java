package cn.gongzhuling.academy.organization.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongzhuling.academy.organization.entity.OrgLevel;
import cn.gongzhuling.academy.platform.control.CsvReader;
import cn.gongzhuling.academy.platform.control.CsvTable;
import cn.gongzhuling.academy.platform.control.ImportErrors;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class UnitCsvTest {

    private static final Map<String, UnitCsv.Existing> DB = Map.of(
            "GZL", new UnitCsv.Existing("GZL", OrgLevel.CITY, null, "公主岭市", "Gongzhuling City"),
            "HEBEI", new UnitCsv.Existing("HEBEI", OrgLevel.STREET, "GZL", "河北街道", "Hebei Street"),
            "TIEBEI", new UnitCsv.Existing("TIEBEI", OrgLevel.STREET, "GZL", "铁北街道", "Tiebei Street"),
            "JINGHUA", new UnitCsv.Existing("JINGHUA", OrgLevel.COMMUNITY, "HEBEI", "京华社区", "Jinghua Community"),
            "JINGHUA-G1", new UnitCsv.Existing("JINGHUA-G1", OrgLevel.GRID, "JINGHUA", "京华第一网格", "Jinghua Grid 1"));
    private static final String HEADER = "code,parent_code,name_zh,name_en\n";

    private final ImportErrors errors = new ImportErrors();

    private List<UnitCsv.Draft> parse(byte[] data) {
        CsvTable table = CsvReader.read(data, UnitCsv.REQUIRED, List.of(), errors);
        return table.usable() ? UnitCsv.parse(table, DB::get, errors) : List.of();
    }

    private List<UnitCsv.Draft> parse(String text) {
        return parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private String errorList() {
        return errors.list().stream().map(e -> e.line() + ":" + e.field() + ":" + e.key())
                .collect(Collectors.joining(", "));
    }

    @Test
    void goodFileDerivesLevelsFromParents() throws IOException {
        byte[] data;
        try (InputStream in = UnitCsvTest.class.getResourceAsStream("/csv/good-units.csv")) {
            data = in.readAllBytes();
        }
        List<UnitCsv.Draft> drafts = parse(data);
        assertTrue(errors.isEmpty(), errorList());
        assertEquals(4, drafts.size());
        assertEquals(OrgLevel.COMMUNITY, drafts.get(0).level());
        assertEquals(OrgLevel.GRID, drafts.get(1).level(), "parent created earlier in the same file");
        assertEquals("Xinhua Grid 2, \"North\"", drafts.get(2).nameEn());
        assertEquals(UnitCsv.Change.NEW, drafts.get(2).change());
        assertEquals(UnitCsv.Change.UNCHANGED, drafts.get(3).change(), "same names: idempotent");
    }

    @Test
    void renamingAnExistingUnitIsAChange() {
        List<UnitCsv.Draft> drafts = parse(HEADER + "JINGHUA,HEBEI,京华社区（新）,Jinghua Community\nGZL,,公主岭市,Gongzhuling City\n");
        assertTrue(errors.isEmpty(), errorList());
        assertEquals(UnitCsv.Change.RENAMED, drafts.get(0).change());
        assertEquals(UnitCsv.Change.UNCHANGED, drafts.get(1).change(), "the root may be listed without parent");
    }

    @Test
    void parentLaterInFileIsAnError() {
        parse(HEADER + "NEW-G1,NEWC,新网格,New Grid\nNEWC,HEBEI,新社区,New Community\n");
        assertEquals("2:parent_code:import.error.parentLater", errorList());
        assertEquals("3", errors.list().get(0).args()[1]);
    }

    @Test
    void gridCannotBeAParent() {
        parse(HEADER + "SUB,JINGHUA-G1,子网格,Sub Grid\n");
        assertEquals("2:parent_code:import.error.parentLevel", errorList());
    }

    @Test
    void gridCreatedInTheFileCannotBeAParentEither() {
        parse(HEADER + "NEW-G9,JINGHUA,新网格,New Grid\nSUB,NEW-G9,子网格,Sub Grid\n");
        assertEquals("3:parent_code:import.error.parentLevel", errorList());
    }

    @Test
    void duplicateCodesReportBothLines() {
        parse(HEADER + "NEWC,HEBEI,新社区,New\nOTHER,HEBEI,别的,Other\nNEWC,TIEBEI,新社区,New\n");
        assertEquals("2:code:import.error.duplicateKeyAgain, 4:code:import.error.duplicateKey", errorList());
    }

    @Test
    void movingAnExistingUnitIsRefused() {
        parse(HEADER + "JINGHUA,TIEBEI,京华社区,Jinghua Community\n");
        assertEquals("2:parent_code:import.error.move", errorList());
        assertEquals("HEBEI", errors.list().get(0).args()[1]);
    }

    @Test
    void unknownParentSelfParentMissingParentAndBadCode() {
        parse(HEADER + "A1,NOWHERE,甲,A\nA2,A2,乙,B\nA3,,丙,C\nbad code,HEBEI,丁,D\n");
        assertEquals("2:parent_code:import.error.unknownUnit, 3:parent_code:import.error.cycle, "
                + "4:parent_code:validation.required, 5:code:validation.pattern.code", errorList());
    }

    @Test
    void childOfAnInvalidRowIsNotReportedTwice() {
        parse(HEADER + "NEWC,NOWHERE,新社区,New\nNEWC-G1,NEWC,新网格,New Grid\n");
        assertEquals("2:parent_code:import.error.unknownUnit", errorList());
    }
}
