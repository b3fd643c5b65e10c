package cn.gongzhuling.academy.reporting.boundary;

import cn.gongzhuling.academy.catalog.boundary.CatalogService;
import cn.gongzhuling.academy.catalog.entity.Skill;
import cn.gongzhuling.academy.organization.boundary.OrgUnitService;
import cn.gongzhuling.academy.organization.entity.OrgLevel;
import cn.gongzhuling.academy.organization.entity.OrgUnit;
import cn.gongzhuling.academy.platform.boundary.AppConfig;
import cn.gongzhuling.academy.platform.boundary.Downloads;
import cn.gongzhuling.academy.platform.boundary.FacesMessages;
import cn.gongzhuling.academy.platform.boundary.UserLocale;
import cn.gongzhuling.academy.platform.control.ChartJson;
import cn.gongzhuling.academy.platform.control.TableExport;
import cn.gongzhuling.academy.reporting.control.MonthRange;
import cn.gongzhuling.academy.reporting.control.Outcomes;
import cn.gongzhuling.academy.security.boundary.NotInScopeException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.primefaces.model.StreamedContent;

/** /organize/impact: field outcomes before and after certification for a skill, period and unit. */
@Named
@ViewScoped
public class ImpactView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int DEFAULT_MONTHS = 12;
    /** Fewer cadre-months than this on a side and the page says the figures are only indicative. */
    private static final long SMALL_SAMPLE = 30;

    /** One outcome row: its label key and how to read its count and rate from a side. */
    public record Measure(String key, Function<Outcomes, Long> count, Function<Outcomes, Double> rate) {
        public String getKey() { return key; }
    }

    private static final List<Measure> MEASURES = List.of(
            new Measure("impact.visits", Outcomes::getVisits, Outcomes::getVisitsRate),
            new Measure("impact.problemsFound", Outcomes::getProblemsFound, Outcomes::getProblemsFoundRate),
            new Measure("impact.problemsResolved", Outcomes::getProblemsResolved, Outcomes::getProblemsResolvedRate),
            new Measure("impact.mediations", Outcomes::getMediationsWithAgreement, Outcomes::getMediationsRate),
            new Measure("impact.residents", Outcomes::getResidentsTaught, Outcomes::getResidentsRate));

    @Inject
    ImpactReport report;

    @Inject
    CatalogService catalog;

    @Inject
    OrgUnitService units;

    @Inject
    UserLocale userLocale;

    @Inject
    FacesMessages messages;

    @Inject
    Clock clock;

    @Inject
    AppConfig config;

    private Long unit;
    private String skill;
    private String from;
    private String to;
    private ImpactResult result;
    private List<Skill> skills;
    private List<OrgUnit> unitChoices;

    public void onLoad() throws IOException {
        LocalDate today = LocalDate.now(clock);
        MonthRange range;
        if ((from == null || from.isBlank()) && (to == null || to.isBlank())) {
            range = MonthRange.lastMonths(DEFAULT_MONTHS, today);
            from = range.from().toString();
            to = range.to().toString();
        } else {
            try {
                range = MonthRange.parse(from, to, today);
            } catch (MonthRange.Invalid e) {
                messages.error(e.key(), MonthRange.MAX_MONTHS);
                return;
            }
        }
        if (skill == null || getSkills().stream().noneMatch(s -> s.getCode().equals(skill))) {
            skill = getSkills().isEmpty() ? null : getSkills().get(0).getCode();
        }
        try {
            result = skill == null ? null : report.forUnit(unit, skill, range);
        } catch (NotInScopeException e) {
            FacesContext fc = FacesContext.getCurrentInstance();
            fc.getExternalContext().responseSendError(404, "");
            fc.responseComplete();
        }
    }

    /** Within how many minutes the roll-up counts pending changes (its refresh interval, rounded up). */
    public long getRefreshMinutes() {
        return (config.impactRefreshSeconds() + 59) / 60;
    }

    public boolean isSmall(Outcomes side) {
        return side.getCadreMonths() < SMALL_SAMPLE;
    }

    public String rate(Measure m, Outcomes side) {
        Double rate = m.rate().apply(side);
        return rate == null ? "—" : String.format(userLocale.getLocale(), "%.2f", rate);
    }

    public long count(Measure m, Outcomes side) {
        return m.count().apply(side);
    }

    public String median(Outcomes side) {
        Double median = side.getMedianDaysToResolve();
        return median == null ? "—" : String.format(userLocale.getLocale(), "%.1f", median);
    }

    public String getChart() {
        var f = result.getFigures();
        List<String> labels = MEASURES.stream().map(m -> userLocale.text(m.key())).toList();
        List<Double> before = MEASURES.stream().map(m -> zero(m.rate().apply(f.getBefore()))).toList();
        List<Double> after = MEASURES.stream().map(m -> zero(m.rate().apply(f.getAfter()))).toList();
        return ChartJson.bar(labels, List.of(new ChartJson.Series(userLocale.text("impact.before"), "#9aa5b1", before),
                new ChartJson.Series(userLocale.text("impact.after"), "#1f6f43", after)), false, null);
    }

    private static Double zero(Double d) {
        return d == null ? 0.0 : d;
    }

    public StreamedContent export(String format) {
        Locale locale = userLocale.getLocale();
        var f = result.getFigures();
        List<String> headers = List.of(userLocale.text("impact.measure"), userLocale.text("impact.before"),
                userLocale.text("impact.after"), userLocale.text("impact.certified"), userLocale.text("impact.notYet"));
        ArrayList<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(userLocale.text("impact.cadreMonths"), f.getBefore().getCadreMonths(),
                f.getAfter().getCadreMonths(), f.getCertified().getCadreMonths(), f.getNotYet().getCadreMonths()));
        rows.add(List.of(userLocale.text("impact.cadres"), f.getBefore().getCadres(), f.getAfter().getCadres(),
                f.getCertified().getCadres(), f.getNotYet().getCadres()));
        for (Measure m : MEASURES) {
            rows.add(List.of(userLocale.text(m.key()), count(m, f.getBefore()), count(m, f.getAfter()),
                    count(m, f.getCertified()), count(m, f.getNotYet())));
        }
        rows.add(List.of(userLocale.text("impact.medianDays"), median(f.getBefore()), median(f.getAfter()),
                median(f.getCertified()), median(f.getNotYet())));
        return Downloads.table(TableExport.Format.valueOf(format), "impact-" + skill,
                result.getUnit().name(locale), headers, rows::iterator);
    }

    public List<Measure> getMeasures() {
        return MEASURES;
    }

    public List<Skill> getSkills() {
        if (skills == null) {
            skills = catalog.skills();
        }
        return skills;
    }

    public Skill getSkillShown() {
        return getSkills().stream().filter(s -> s.getCode().equals(skill)).findFirst().orElse(null);
    }

    /** The caller's top units, streets and communities, for the unit picker. */
    public List<OrgUnit> getUnitChoices() {
        if (unitChoices == null) {
            unitChoices = new ArrayList<>(units.roots());
            for (OrgLevel level : List.of(OrgLevel.STREET, OrgLevel.COMMUNITY)) {
                units.search(null, level, 500).stream().filter(u -> !unitChoices.contains(u)).forEach(unitChoices::add);
            }
            unitChoices.sort(java.util.Comparator.comparing(OrgUnit::getPath));
        }
        return unitChoices;
    }

    public ImpactResult getResult() { return result; }
    public Long getUnit() { return unit; }
    public void setUnit(Long unit) { this.unit = unit; }
    public String getSkill() { return skill; }
    public void setSkill(String skill) { this.skill = skill; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
}
