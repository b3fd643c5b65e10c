package cn.gongzhuling.academy.reporting.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;

/** The organiser's home panel: completion of their units, worst first, and the coverage gaps. */
@Named
@RequestScoped
public class OrganizerGlance {

    private static final int WORST_SHOWN = 6;

    @Inject
    CompletionReport completion;

    @Inject
    CoverageReport coverage;

    private CompletionTable completionTable;
    private CoverageTable coverageTable;

    public CompletionTable getCompletion() {
        if (completionTable == null) {
            completionTable = completion.forUnit(null, null, false);
        }
        return completionTable;
    }

    /** Units with something assigned, lowest completion first (ties: most overdue first). */
    public List<CompletionRow> getWorst() {
        return getCompletion().getRows().stream()
                .filter(r -> !r.getCounts().isEmpty())
                .sorted(Comparator.comparingInt((CompletionRow r) -> r.getCounts().getPercent())
                        .thenComparing(r -> -r.getCounts().getOverdue()))
                .limit(WORST_SHOWN).toList();
    }

    public CoverageTable getCoverage() {
        if (coverageTable == null) {
            coverageTable = coverage.forUnit(null);
        }
        return coverageTable;
    }
}
