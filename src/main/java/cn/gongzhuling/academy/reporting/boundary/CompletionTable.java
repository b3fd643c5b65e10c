package cn.gongzhuling.academy.reporting.boundary;

import cn.gongzhuling.academy.organization.entity.OrgUnit;
import cn.gongzhuling.academy.reporting.control.StatusCounts;
import java.util.List;

/**
 * The completion report of one unit: its rows (children, the people directly in it, or its people)
 * and the unit's total, which is the sum of the rows by construction.
 */
public final class CompletionTable {

    private final OrgUnit unit;
    private final List<OrgUnit> trail;
    private final List<CompletionRow> rows;
    private final StatusCounts total = new StatusCounts();
    private final boolean people;

    CompletionTable(OrgUnit unit, List<OrgUnit> trail, List<CompletionRow> rows, boolean people) {
        this.unit = unit;
        this.trail = trail;
        this.rows = rows;
        this.people = people;
        rows.forEach(r -> total.addAll(r.getCounts()));
    }

    public OrgUnit getUnit() { return unit; }
    /** The units above this one that the caller may open, outermost first (for breadcrumbs). */
    public List<OrgUnit> getTrail() { return trail; }
    public List<CompletionRow> getRows() { return rows; }
    public StatusCounts getTotal() { return total; }
    /** Whether the rows are people rather than units. */
    public boolean isPeople() { return people; }
}
