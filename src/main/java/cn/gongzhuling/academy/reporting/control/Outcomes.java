package cn.gongzhuling.academy.reporting.control;

import java.util.TreeMap;

/**
 * Field outcomes summed over a set of cadre-months, with the distribution of days to resolve a
 * problem for the median. Rates are per cadre-month; a rate of a set with no cadre-months is null.
 */
public final class Outcomes {

    private long cadreMonths;
    private long cadres;
    private long visits;
    private long problemsFound;
    private long problemsResolved;
    private long mediationsWithAgreement;
    private long residentsTaught;
    private final TreeMap<Integer, Long> daysToResolve = new TreeMap<>();

    public void addCadreMonths(long n) { cadreMonths += n; }
    public void addCadres(long n) { cadres += n; }

    public void addCounts(long visits, long found, long resolved, long mediations, long residents) {
        this.visits += visits;
        this.problemsFound += found;
        this.problemsResolved += resolved;
        this.mediationsWithAgreement += mediations;
        this.residentsTaught += residents;
    }

    public void addDaysToResolve(int days, long problems) {
        daysToResolve.merge(days, problems, Long::sum);
    }

    /** The median of the days to resolve (the mean of the two middle values for an even count), or null. */
    public Double getMedianDaysToResolve() {
        long n = daysToResolve.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            return null;
        }
        Integer lower = nth((n - 1) / 2);
        Integer upper = nth(n / 2);
        return (lower + upper) / 2.0;
    }

    private Integer nth(long index) {
        long seen = 0;
        for (var e : daysToResolve.entrySet()) {
            seen += e.getValue();
            if (seen > index) {
                return e.getKey();
            }
        }
        throw new IllegalStateException("index beyond the distribution");
    }

    public long getResolvedWithDates() {
        return daysToResolve.values().stream().mapToLong(Long::longValue).sum();
    }

    public Double rate(long count) {
        return cadreMonths == 0 ? null : (double) count / cadreMonths;
    }

    public Double getVisitsRate() { return rate(visits); }
    public Double getProblemsFoundRate() { return rate(problemsFound); }
    public Double getProblemsResolvedRate() { return rate(problemsResolved); }
    public Double getMediationsRate() { return rate(mediationsWithAgreement); }
    public Double getResidentsRate() { return rate(residentsTaught); }

    public long getCadreMonths() { return cadreMonths; }
    public long getCadres() { return cadres; }
    public long getVisits() { return visits; }
    public long getProblemsFound() { return problemsFound; }
    public long getProblemsResolved() { return problemsResolved; }
    public long getMediationsWithAgreement() { return mediationsWithAgreement; }
    public long getResidentsTaught() { return residentsTaught; }
}
