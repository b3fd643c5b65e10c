package cn.gongzhuling.academy.reporting.boundary;

import cn.gongzhuling.academy.organization.entity.OrgUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** One community or grid of the coverage report, with a cell per key skill. */
public final class CoverageRow {

    private final Long unitId;
    private final String nameZh;
    private final String nameEn;
    private final String level;
    private final String parentNameZh;
    private final String parentNameEn;
    private final Map<String, CoverageCell> cells = new LinkedHashMap<>();

    CoverageRow(OrgUnit unit) {
        this.unitId = unit.getId();
        this.nameZh = unit.getNameZh();
        this.nameEn = unit.getNameEn();
        this.level = unit.getLevel().name();
        OrgUnit parent = unit.getParent();
        this.parentNameZh = parent == null ? "" : parent.getNameZh();
        this.parentNameEn = parent == null ? "" : parent.getNameEn();
    }

    void put(String skill, CoverageCell cell) {
        cells.put(skill, cell);
    }

    public CoverageCell cell(String skill) {
        return cells.get(skill);
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    /** A grid with its community ("Dongfeng Community · Grid 1") unless the grid's name already says it. */
    public String fullName(Locale locale) {
        String parent = "en".equals(locale.getLanguage()) ? parentNameEn : parentNameZh;
        String name = name(locale);
        boolean saysParent = parent.isEmpty() || name.startsWith(parent) || name.startsWith(parent.replace(" Community", ""));
        return "GRID".equals(level) && !saysParent ? parent + " · " + name : name;
    }

    public Long getUnitId() { return unitId; }
    public String getLevel() { return level; }
    public boolean isGrid() { return "GRID".equals(level); }
}
