package cn.gongzhuling.academy.reporting.boundary;

import cn.gongzhuling.academy.catalog.boundary.CatalogService;
import cn.gongzhuling.academy.catalog.entity.CourseVersion;
import cn.gongzhuling.academy.platform.boundary.Downloads;
import cn.gongzhuling.academy.platform.boundary.PdfFonts;
import cn.gongzhuling.academy.platform.boundary.UserLocale;
import cn.gongzhuling.academy.platform.control.ChartJson;
import cn.gongzhuling.academy.platform.control.TableExport;
import cn.gongzhuling.academy.reporting.control.StatusCounts;
import cn.gongzhuling.academy.reporting.control.SummaryPdf;
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
import org.primefaces.model.DefaultStreamedContent;
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

    @Inject
    CoverageReport coverage;

    @Inject
    PdfFonts fonts;

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

    /** A printable summary of this unit: the completion table and the coverage gaps of its grids. */
    public StreamedContent summary() {
        Locale locale = userLocale.getLocale();
        List<String> headers = List.of(userLocale.text(table.isPeople() ? "report.person" : "report.unit"),
                userLocale.text("report.assigned"), userLocale.text("report.inProgress"),
                userLocale.text("report.completed"), userLocale.text("report.overdue"), userLocale.text("report.percent"));
        List<List<Object>> rows = new ArrayList<>();
        for (CompletionRow row : table.getRows()) {
            rows.add(summaryCells(label(row, locale), row.getCounts()));
        }
        List<SummaryPdf.Table> tables = new ArrayList<>(List.of(new SummaryPdf.Table(
                userLocale.text("report.completion.title"), headers, rows,
                summaryCells(userLocale.text("report.total"), table.getTotal()))));
        CoverageTable cov = coverage.forUnit(table.getUnit().getId());
        List<List<Object>> gaps = new ArrayList<>();
        for (var skill : cov.getSkills()) {
            List<CoverageRow> without = cov.gridsWithout(skill.getCode());
            gaps.add(List.of(skill.name(locale), (long) without.size(), cov.getGridCount(),
                    (long) cov.gridsLapsing(skill.getCode()).size(),
                    String.join("、", without.stream().limit(12).map(r -> r.fullName(locale)).toList())
                            + (without.size() > 12 ? " …" : "")));
        }
        tables.add(new SummaryPdf.Table(userLocale.text("coverage.title"), List.of(userLocale.text("impact.skill"),
                userLocale.text("summary.gridsWithout"), userLocale.text("summary.grids"),
                userLocale.text("summary.lapsing", userLocale.date(cov.getHorizon())),
                userLocale.text("summary.which")), gaps, null));
        String subtitle = userLocale.text("summary.subtitle", table.getUnit().name(locale),
                userLocale.date(cov.getToday()), courseName(locale));
        byte[] pdf = new SummaryPdf(fonts.cjk()).render(userLocale.text("summary.title"), subtitle, tables,
                List.of(userLocale.text("summary.note")));
        return DefaultStreamedContent.builder().name("summary-" + cov.getToday() + ".pdf")
                .contentType("application/pdf").stream(() -> new java.io.ByteArrayInputStream(pdf)).build();
    }

    private String courseName(Locale locale) {
        return course == null ? userLocale.text("report.allCourses") : getCourses().stream()
                .filter(c -> c.getCourse().getId().equals(course)).map(c -> c.title(locale)).findFirst().orElse("");
    }

    private static List<Object> summaryCells(String label, StatusCounts c) {
        return List.of(label, c.getAssigned(), c.getInProgress(), c.getCompleted(), c.getOverdue(), c.getPercent() + " %");
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
