package cn.gongzhuling.academy.reporting.boundary;

import cn.gongzhuling.academy.catalog.boundary.CatalogService;
import cn.gongzhuling.academy.catalog.entity.CourseVersion;
import cn.gongzhuling.academy.platform.boundary.Downloads;
import cn.gongzhuling.academy.platform.boundary.UserLocale;
import cn.gongzhuling.academy.platform.control.ChartJson;
import cn.gongzhuling.academy.platform.control.TableExport;
import cn.gongzhuling.academy.reporting.control.StatusCounts;
import cn.gongzhuling.academy.security.boundary.NotInScopeException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.StreamedContent;

/** /organize/completion: completion of a unit's children (or people), drill-down by link, chart and exports. */
@Named
@ViewScoped
public class CompletionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CompletionReport report;

    @Inject
    CatalogService catalog;

    @Inject
    UserLocale userLocale;

    private Long unit;
    private Long course;
    private boolean people;
    private CompletionTable table;
    private List<CourseVersion> courses;
    private final Map<Long, List<PersonEnrolment>> enrolments = new HashMap<>();

    /** Loads the report; a unit outside the caller's scope answers 404 like a missing one. */
    public void onLoad() throws IOException {
        try {
            table = report.forUnit(unit, course, people);
        } catch (NotInScopeException e) {
            FacesContext fc = FacesContext.getCurrentInstance();
            fc.getExternalContext().responseSendError(404, "");
            fc.responseComplete();
        }
    }

    public List<PersonEnrolment> enrolmentsOf(Long personId) {
        return enrolments.computeIfAbsent(personId, report::enrolmentsOf);
    }

    public String getChart() {
        List<String> labels = new ArrayList<>();
        List<Integer> percents = new ArrayList<>();
        Locale locale = userLocale.getLocale();
        for (CompletionRow row : table.getRows()) {
            labels.add(label(row, locale));
            percents.add(row.getCounts().getPercent());
        }
        return ChartJson.bar(labels, List.of(new ChartJson.Series(userLocale.text("report.percent"), "#1f6f43",
                percents)), true, 100);
    }

    /** Chart height grows with the rows so long lists of grids stay readable. */
    public int getChartHeight() {
        return Math.max(160, 36 * table.getRows().size() + 60);
    }

    public StreamedContent export(String format) {
        Locale locale = userLocale.getLocale();
        List<String> headers = List.of(userLocale.text(table.isPeople() ? "report.person" : "report.unit"),
                userLocale.text("report.assigned"), userLocale.text("report.notStarted"),
                userLocale.text("report.inProgress"), userLocale.text("report.awaitingPractical"),
                userLocale.text("report.completed"), userLocale.text("report.overdue"),
                userLocale.text("report.percent"));
        List<List<Object>> rows = new ArrayList<>();
        for (CompletionRow row : table.getRows()) {
            rows.add(cells(label(row, locale), row.getCounts()));
        }
        rows.add(cells(userLocale.text("report.total"), table.getTotal()));
        ArrayList<List<Object>> copy = new ArrayList<>(rows);
        return Downloads.table(TableExport.Format.valueOf(format), "completion",
                table.getUnit().name(locale), headers, copy::iterator);
    }

    private String label(CompletionRow row, Locale locale) {
        return row.getKind() == CompletionRow.Kind.DIRECT
                ? userLocale.text("report.direct", row.name(locale)) : row.name(locale);
    }

    private static List<Object> cells(String label, StatusCounts c) {
        return List.of(label, c.getAssigned(), c.getNotStarted(), c.getInProgress(), c.getAwaitingPractical(),
                c.getCompleted(), c.getOverdue(), c.getPercent());
    }

    public List<CourseVersion> getCourses() {
        if (courses == null) {
            courses = catalog.currentCourses();
        }
        return courses;
    }

    public CompletionTable getTable() { return table; }
    public Long getUnit() { return unit; }
    public void setUnit(Long unit) { this.unit = unit; }
    public Long getCourse() { return course; }
    public void setCourse(Long course) { this.course = course; }
    public boolean isPeople() { return people; }
    public void setPeople(boolean people) { this.people = people; }
}
