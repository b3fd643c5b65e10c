package cn.gongzhuling.academy.reporting.boundary;

import cn.gongzhuling.academy.catalog.entity.Skill;
import cn.gongzhuling.academy.organization.entity.OrgUnit;
import java.time.LocalDate;
import java.util.List;

/** The coverage report of a unit: its communities and grids, each with a cell per key skill. */
public final class CoverageTable {

    private final OrgUnit unit;
    private final List<Skill> skills;
    private final List<CoverageRow> rows;
    private final LocalDate today;
    private final LocalDate horizon;

    CoverageTable(OrgUnit unit, List<Skill> skills, List<CoverageRow> rows, LocalDate today, LocalDate horizon) {
        this.unit = unit;
        this.skills = skills;
        this.rows = rows;
        this.today = today;
        this.horizon = horizon;
    }

    /** Grids without a holder of the skill today: the answer to "which grids have no CPR-certified cadre". */
    public List<CoverageRow> gridsWithout(String skill) {
        return rows.stream().filter(r -> r.isGrid() && !r.cell(skill).isCovered()).toList();
    }

    /** Grids covered today that lose their last holder by the horizon. */
    public List<CoverageRow> gridsLapsing(String skill) {
        return rows.stream().filter(r -> r.isGrid() && r.cell(skill).isLapsing()).toList();
    }

    public long getGridCount() {
        return rows.stream().filter(CoverageRow::isGrid).count();
    }

    public OrgUnit getUnit() { return unit; }
    public List<Skill> getSkills() { return skills; }
    public List<CoverageRow> getRows() { return rows; }
    public LocalDate getToday() { return today; }
    public LocalDate getHorizon() { return horizon; }
}
