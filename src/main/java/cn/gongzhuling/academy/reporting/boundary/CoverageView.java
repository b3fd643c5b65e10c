package cn.gongzhuling.academy.reporting.boundary;

import cn.gongzhuling.academy.catalog.entity.Skill;
import cn.gongzhuling.academy.platform.boundary.Downloads;
import cn.gongzhuling.academy.platform.boundary.UserLocale;
import cn.gongzhuling.academy.platform.control.ChartJson;
import cn.gongzhuling.academy.platform.control.TableExport;
import cn.gongzhuling.academy.security.boundary.NotInScopeException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.StreamedContent;

/** /organize/coverage: which communities and grids have certified staff for each key skill. */
@Named
@ViewScoped
public class CoverageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CoverageReport report;

    @Inject
    UserLocale userLocale;

    private Long unit;
    private boolean gapsOnly;
    private CoverageTable table;

    public void onLoad() throws IOException {
        try {
            table = report.forUnit(unit);
        } catch (NotInScopeException e) {
            FacesContext fc = FacesContext.getCurrentInstance();
            fc.getExternalContext().responseSendError(404, "");
            fc.responseComplete();
        }
    }

    /** The rows shown: all, or only those missing a key skill today or at the horizon. */
    public List<CoverageRow> getRows() {
        if (!gapsOnly) {
            return table.getRows();
        }
        return table.getRows().stream().filter(r -> table.getSkills().stream()
                .anyMatch(s -> !r.cell(s.getCode()).isCovered() || r.cell(s.getCode()).isLapsing())).toList();
    }

    /** Coverage over time as a line chart: one line per key skill, % of grids covered at month ends. */
    public String getTrendChart() {
        CoverageTrend trend = report.trend(table.getUnit().getId());
        Locale locale = userLocale.getLocale();
        List<String> labels = trend.monthEnds().stream()
                .map(d -> d.getYear() % 100 + "-" + String.format("%02d", d.getMonthValue())).toList();
        String[] colours = {"#c62828", "#1f6f43", "#1f4e8c", "#8a5a00"};
        List<ChartJson.Series> series = new ArrayList<>();
        for (int i = 0; i < trend.skills().size(); i++) {
            Skill s = trend.skills().get(i);
            series.add(new ChartJson.Series(s.name(locale), colours[i % colours.length], trend.percents().get(s.getCode())));
        }
        return ChartJson.line(labels, series, 100);
    }

    public StreamedContent export(String format) {
        Locale locale = userLocale.getLocale();
        List<String> headers = new ArrayList<>(List.of(userLocale.text("report.unit"), userLocale.text("report.level")));
        for (Skill s : table.getSkills()) {
            headers.add(s.name(locale) + " · " + userLocale.text("coverage.today"));
            headers.add(s.name(locale) + " · " + userLocale.text("coverage.horizon", userLocale.date(table.getHorizon())));
        }
        ArrayList<List<Object>> rows = new ArrayList<>();
        for (CoverageRow r : getRows()) {
            List<Object> cells = new ArrayList<>(List.of(r.fullName(locale), userLocale.text("enum.OrgLevel." + r.getLevel())));
            for (Skill s : table.getSkills()) {
                cells.add(r.cell(s.getCode()).today());
                cells.add(r.cell(s.getCode()).atHorizon());
            }
            rows.add(cells);
        }
        return Downloads.table(TableExport.Format.valueOf(format), "coverage", table.getUnit().name(locale),
                headers, rows::iterator);
    }

    public CoverageTable getTable() { return table; }
    public Long getUnit() { return unit; }
    public void setUnit(Long unit) { this.unit = unit; }
    public boolean isGapsOnly() { return gapsOnly; }
    public void setGapsOnly(boolean gapsOnly) { this.gapsOnly = gapsOnly; }
}
