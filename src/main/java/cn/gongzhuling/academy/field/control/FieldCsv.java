package cn.gongzhuling.academy.field.control;

import cn.gongzhuling.academy.field.entity.FieldKind;
import cn.gongzhuling.academy.field.entity.HandlingLevel;
import cn.gongzhuling.academy.field.entity.ProblemCategory;
import cn.gongzhuling.academy.field.entity.ProblemStatus;
import cn.gongzhuling.academy.platform.control.CsvRow;
import cn.gongzhuling.academy.platform.control.CsvTable;
import cn.gongzhuling.academy.platform.control.ImportErrors;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The field-record CSV: one record per line, identified by the sender's external_id (importing
 * the same file again adds nothing). Values as in the API: enum names, dates yyyy-MM-dd, times
 * yyyy-MM-dd HH:mm (or with a T), agreement yes/no. Every cell problem is reported with its line.
 */
public final class FieldCsv {

    public static final String EXTERNAL_ID = "external_id";
    public static final String STAFF_NO = "staff_no";
    public static final String GRID = "grid";
    public static final String KIND = "kind";
    public static final String OCCURRED_AT = "occurred_at";
    public static final List<String> REQUIRED = List.of(EXTERNAL_ID, STAFF_NO, GRID, KIND, OCCURRED_AT);
    public static final List<String> OPTIONAL = List.of("place", "notes", "category", "handling_level", "status",
            "started_on", "closed_on", "parties", "outcome", "agreement", "residents", "volunteers");
    public static final int EXTERNAL_ID_MAX = 100;
    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** A parsed line: where it is, whose work in which grid, and the draft (grid id filled in later). */
    public record Row(int line, String externalId, String staffNo, String gridCode, FieldDraft draft) {
    }

    private FieldCsv() {
    }

    public static List<Row> parse(CsvTable table, ImportErrors errors) {
        List<Row> rows = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (CsvRow r : table.rows()) {
            int before = errors.total();
            String externalId = required(r, EXTERNAL_ID, errors);
            if (externalId != null && externalId.length() > EXTERNAL_ID_MAX) {
                errors.add(r.line(), EXTERNAL_ID, "field.error.tooLong", EXTERNAL_ID_MAX);
            } else if (externalId != null && !ids.add(externalId)) {
                errors.add(r.line(), EXTERNAL_ID, "field.import.duplicate", ImportErrors.shown(externalId));
            }
            String staffNo = required(r, STAFF_NO, errors);
            String grid = required(r, GRID, errors);
            FieldDraft d = new FieldDraft();
            d.setKind(value(r, KIND, FieldKind.class, errors, true));
            d.setOccurredAt(time(r, errors));
            d.setPlace(r.get("place"));
            d.setNotes(r.get("notes"));
            d.setCategory(value(r, "category", ProblemCategory.class, errors, false));
            d.setHandlingLevel(value(r, "handling_level", HandlingLevel.class, errors, false));
            d.setStatus(value(r, "status", ProblemStatus.class, errors, false));
            d.setStartedOn(date(r, "started_on", errors));
            d.setClosedOn(date(r, "closed_on", errors));
            d.setParties(r.get("parties"));
            d.setOutcome(r.get("outcome"));
            d.setAgreementReached(yesNo(r, errors));
            d.setResidents(number(r, "residents", errors));
            d.setVolunteers(number(r, "volunteers", errors));
            if (errors.total() == before) {
                rows.add(new Row(r.line(), externalId, staffNo, grid, d));
            }
        }
        return rows;
    }

    private static String cell(CsvRow r, String column) {
        String v = r.get(column);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static String required(CsvRow r, String column, ImportErrors errors) {
        String v = cell(r, column);
        if (v == null) {
            errors.add(r.line(), column, "field.import.missing", column);
        }
        return v;
    }

    private static <E extends Enum<E>> E value(CsvRow r, String column, Class<E> type, ImportErrors errors,
                                               boolean needed) {
        String v = needed ? required(r, column, errors) : cell(r, column);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            errors.add(r.line(), column, "field.import.badValue", ImportErrors.shown(v), allowed(type));
            return null;
        }
    }

    private static String allowed(Class<? extends Enum<?>> type) {
        return String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    private static LocalDateTime time(CsvRow r, ImportErrors errors) {
        String v = required(r, OCCURRED_AT, errors);
        if (v == null) {
            return null;
        }
        try {
            return v.contains("T") ? LocalDateTime.parse(v) : LocalDateTime.parse(v, SPACED);
        } catch (DateTimeParseException e) {
            errors.add(r.line(), OCCURRED_AT, "field.import.badTime", ImportErrors.shown(v));
            return null;
        }
    }

    private static LocalDate date(CsvRow r, String column, ImportErrors errors) {
        String v = cell(r, column);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            errors.add(r.line(), column, "field.import.badDate", ImportErrors.shown(v));
            return null;
        }
    }

    private static Boolean yesNo(CsvRow r, ImportErrors errors) {
        String v = cell(r, "agreement");
        if (v == null) {
            return null;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "yes", "true", "1", "是" -> Boolean.TRUE;
            case "no", "false", "0", "否" -> Boolean.FALSE;
            default -> {
                errors.add(r.line(), "agreement", "field.import.badValue", ImportErrors.shown(v), "yes, no");
                yield null;
            }
        };
    }

    private static Integer number(CsvRow r, String column, ImportErrors errors) {
        String v = cell(r, column);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            errors.add(r.line(), column, "field.error.number");
            return null;
        }
    }
}
