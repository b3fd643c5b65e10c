package cn.gongzhuling.academy.organization.control;

import cn.gongzhuling.academy.organization.entity.OrgLevel;
import cn.gongzhuling.academy.organization.entity.OrgUnit;
import cn.gongzhuling.academy.platform.control.CsvRow;
import cn.gongzhuling.academy.platform.control.CsvTable;
import cn.gongzhuling.academy.platform.control.ImportErrors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns the rows of an org-unit CSV file into unit drafts, in file order, so a parent is
 * always created before its sub-units. The level follows from the parent. A parent must
 * exist already or come earlier in the file. An existing code keeps its place in the tree
 * (its names may change); moving a unit is left to the tree page, where its whole subtree
 * and the role scopes under it are shown before the move.
 */
public final class UnitCsv {

    public static final String CODE = "code";
    public static final String PARENT_CODE = "parent_code";
    public static final String NAME_ZH = "name_zh";
    public static final String NAME_EN = "name_en";
    public static final List<String> REQUIRED = List.of(CODE, PARENT_CODE, NAME_ZH, NAME_EN);

    /** A unit already in the database, as far as the import needs to know it. */
    public record Existing(String code, OrgLevel level, String parentCode, String nameZh, String nameEn) {
    }

    public enum Change { NEW, RENAMED, UNCHANGED }

    /** A valid row: what to create or rename. {@code parentCode} is null only for the existing root. */
    public record Draft(int line, String code, String parentCode, OrgLevel level, String nameZh, String nameEn,
                        Change change) {
    }

    private UnitCsv() {
    }

    public static List<Draft> parse(CsvTable table, Function<String, Existing> existingByCode, ImportErrors errors) {
        Map<String, Integer> lineOf = new HashMap<>();
        for (CsvRow row : table.rows()) {
            String code = PeopleCsv.blankToNull(row.get(CODE));
            if (code != null) {
                lineOf.putIfAbsent(code, row.line());
            }
        }
        // Codes of the rows read so far, with their level (null when that row had problems).
        Map<String, OrgLevel> earlier = new HashMap<>();
        Set<String> reportedFirst = new HashSet<>();
        List<Draft> drafts = new ArrayList<>();
        for (CsvRow row : table.rows()) {
            int before = errors.total();
            int line = row.line();
            String code = PeopleCsv.blankToNull(row.get(CODE));
            String parent = PeopleCsv.blankToNull(row.get(PARENT_CODE));
            String nameZh = PeopleCsv.blankToNull(row.get(NAME_ZH));
            String nameEn = PeopleCsv.blankToNull(row.get(NAME_EN));
            List<FieldError> fieldErrors = new ArrayList<>();
            PersonRules.text(fieldErrors, CODE, code, OrgUnit.CODE_MAX, OrgUnit.CODE_PATTERN);
            PersonRules.text(fieldErrors, NAME_ZH, nameZh, OrgUnit.NAME_MAX, null);
            PersonRules.text(fieldErrors, NAME_EN, nameEn, OrgUnit.NAME_MAX, null);
            fieldErrors.forEach(e -> errors.add(line, e.field(), e.key(), e.args()));

            boolean duplicate = code != null && lineOf.get(code) != line;
            if (duplicate) {
                int first = lineOf.get(code);
                if (reportedFirst.add(code)) {
                    errors.add(first, CODE, "import.error.duplicateKeyAgain", ImportErrors.shown(code), String.valueOf(line));
                }
                errors.add(line, CODE, "import.error.duplicateKey", ImportErrors.shown(code), String.valueOf(first));
            }
            Existing existing = code == null ? null : existingByCode.apply(code);
            OrgLevel level = level(line, code, parent, existing, earlier, lineOf, existingByCode, errors);
            if (existing != null && level != null && !Objects.equals(parent, existing.parentCode())) {
                errors.add(line, PARENT_CODE, "import.error.move", ImportErrors.shown(code),
                        existing.parentCode() == null ? "-" : existing.parentCode());
            }
            boolean ok = errors.total() == before;
            if (code != null && !duplicate) {
                earlier.put(code, ok ? level : null);
            }
            if (ok) {
                drafts.add(new Draft(line, code, parent, level, nameZh, nameEn, change(existing, nameZh, nameEn)));
            }
        }
        return drafts;
    }

    /** The level the row's unit gets under its parent, or null (with the problem reported). */
    private static OrgLevel level(int line, String code, String parent, Existing existing,
                                  Map<String, OrgLevel> earlier, Map<String, Integer> lineOf,
                                  Function<String, Existing> existingByCode, ImportErrors errors) {
        if (parent == null) {
            if (existing != null && existing.parentCode() == null) {
                return existing.level(); // the root keeps being the root
            }
            if (existing == null) {
                errors.add(line, PARENT_CODE, "validation.required");
                return null;
            }
            return OrgLevel.CITY; // reported as a move by the caller
        }
        if (parent.equals(code)) {
            errors.add(line, PARENT_CODE, "import.error.cycle", ImportErrors.shown(code));
            return null;
        }
        OrgLevel parentLevel;
        if (earlier.containsKey(parent)) {
            parentLevel = earlier.get(parent);
            if (parentLevel == null) {
                return null; // the parent's own row is wrong and reported there
            }
        } else {
            Existing inDb = existingByCode.apply(parent);
            if (inDb == null) {
                Integer later = lineOf.get(parent);
                if (later != null) {
                    errors.add(line, PARENT_CODE, "import.error.parentLater", ImportErrors.shown(parent), String.valueOf(later));
                } else {
                    errors.add(line, PARENT_CODE, "import.error.unknownUnit", ImportErrors.shown(parent));
                }
                return null;
            }
            parentLevel = inDb.level();
        }
        if (parentLevel.childLevel() == null) {
            errors.add(line, PARENT_CODE, "import.error.parentLevel", ImportErrors.shown(parent));
            return null;
        }
        return parentLevel.childLevel();
    }

    private static Change change(Existing existing, String nameZh, String nameEn) {
        if (existing == null) {
            return Change.NEW;
        }
        boolean same = existing.nameZh().equals(nameZh) && existing.nameEn().equals(nameEn);
        return same ? Change.UNCHANGED : Change.RENAMED;
    }
}
