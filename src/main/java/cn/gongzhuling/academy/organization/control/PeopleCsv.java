package cn.gongzhuling.academy.organization.control;

import cn.gongzhuling.academy.organization.entity.Position;
import cn.gongzhuling.academy.platform.control.CsvRow;
import cn.gongzhuling.academy.platform.control.CsvTable;
import cn.gongzhuling.academy.platform.control.ImportErrors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns the rows of a people CSV file into person drafts and reports every problem of every
 * row with its line and column. The unit codes are resolved by the caller's function (which
 * answers null for a code that does not exist or is outside the caller's scope).
 */
public final class PeopleCsv {

    public static final String STAFF_NO = "staff_no";
    public static final String NAME_ZH = "name_zh";
    public static final String NAME_EN = "name_en";
    public static final String PHONE = "phone";
    public static final String UNIT_CODE = "unit_code";
    public static final String POSITION = "position";
    public static final String ACTIVE = "active";
    public static final List<String> REQUIRED = List.of(STAFF_NO, NAME_ZH, NAME_EN, PHONE, UNIT_CODE, POSITION);
    public static final List<String> OPTIONAL = List.of(ACTIVE);

    /** PersonRules field names to the file's column names. */
    private static final Map<String, String> COLUMN_OF = Map.of(
            "staffNo", STAFF_NO, "nameZh", NAME_ZH, "nameEn", NAME_EN, "phone", PHONE,
            "position", POSITION, "unit", UNIT_CODE);

    /**
     * A valid row. {@code active} is null when the file leaves it open (no column, or an empty
     * cell): a new person is then active and an existing one keeps their status.
     */
    public record Row(int line, PersonDraft draft, String unitCode, Boolean active) {
    }

    private PeopleCsv() {
    }

    /** The rows without problems; the problems of the others go to {@code errors}. */
    public static List<Row> parse(CsvTable table, Function<String, Long> unitIdByCode, ImportErrors errors) {
        List<Row> rows = new ArrayList<>(table.rows().size());
        Map<String, Integer> firstLine = new HashMap<>();
        Set<String> reportedFirst = new HashSet<>();
        for (CsvRow csv : table.rows()) {
            int before = errors.total();
            Row row = row(csv, unitIdByCode, errors);
            String staffNo = row.draft().getStaffNo();
            if (staffNo != null) {
                Integer first = firstLine.putIfAbsent(staffNo, csv.line());
                if (first != null) {
                    if (reportedFirst.add(staffNo)) {
                        errors.add(first, STAFF_NO, "import.error.duplicateKeyAgain", ImportErrors.shown(staffNo),
                                String.valueOf(csv.line()));
                    }
                    errors.add(csv.line(), STAFF_NO, "import.error.duplicateKey", ImportErrors.shown(staffNo),
                            String.valueOf(first));
                }
            }
            if (errors.total() == before) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static Row row(CsvRow csv, Function<String, Long> unitIdByCode, ImportErrors errors) {
        int line = csv.line();
        PersonDraft draft = new PersonDraft();
        draft.setStaffNo(csv.get(STAFF_NO));
        draft.setNameZh(csv.get(NAME_ZH));
        draft.setNameEn(csv.get(NAME_EN));
        draft.setPhone(csv.get(PHONE));
        boolean badPosition = false;
        String position = blankToNull(csv.get(POSITION));
        if (position != null) {
            try {
                draft.setPosition(Position.valueOf(position.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                errors.add(line, POSITION, "import.error.unknownPosition", ImportErrors.shown(position));
                badPosition = true;
            }
        }
        boolean badUnit = false;
        String unitCode = blankToNull(csv.get(UNIT_CODE));
        if (unitCode != null) {
            Long unitId = unitIdByCode.apply(unitCode);
            if (unitId == null) {
                errors.add(line, UNIT_CODE, "import.error.unknownUnit", ImportErrors.shown(unitCode));
                badUnit = true;
            }
            draft.setUnitId(unitId);
        }
        Boolean active = null;
        String activeText = blankToNull(csv.get(ACTIVE));
        if (activeText != null) {
            active = bool(activeText);
            if (active == null) {
                errors.add(line, ACTIVE, "import.error.boolean", ImportErrors.shown(activeText));
            }
        }
        for (FieldError e : PersonRules.check(draft)) {
            boolean reported = ("position".equals(e.field()) && badPosition) || ("unit".equals(e.field()) && badUnit);
            if (!reported) {
                errors.add(line, COLUMN_OF.getOrDefault(e.field(), e.field()), e.key(), e.args());
            }
        }
        return new Row(line, draft, unitCode, active);
    }

    static Boolean bool(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("true")) {
            return Boolean.TRUE;
        }
        return t.equals("false") ? Boolean.FALSE : null;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
