package cn.gongzhuling.academy.reporting.boundary;

import cn.gongzhuling.academy.reporting.control.StatusCounts;
import java.util.Locale;

/**
 * One row of the completion report: a child unit, the people directly in the unit, or one person.
 * {@code unitId} is set for rows that drill down to a unit; {@code personId} for a person's row.
 */
public final class CompletionRow {

    public enum Kind { UNIT, DIRECT, PERSON }

    private final Kind kind;
    private final Long unitId;
    private final Long personId;
    private final String nameZh;
    private final String nameEn;
    private final String levelKey;
    private final StatusCounts counts = new StatusCounts();

    CompletionRow(Kind kind, Long unitId, Long personId, String nameZh, String nameEn, String levelKey) {
        this.kind = kind;
        this.unitId = unitId;
        this.personId = personId;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.levelKey = levelKey;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn : nameZh;
    }

    public Kind getKind() { return kind; }
    public Long getUnitId() { return unitId; }
    public Long getPersonId() { return personId; }
    /** Bundle key of the unit's level (enum.OrgLevel.GRID ...), or null for people. */
    public String getLevelKey() { return levelKey; }
    public StatusCounts getCounts() { return counts; }
    /** A stable key for row selection and expansion in the table. */
    public String getKey() { return kind + "-" + (personId != null ? personId : unitId); }
}
