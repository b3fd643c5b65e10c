package cn.gongzhuling.academy.reporting.control;

import java.time.YearMonth;

/**
 * The two comparisons of the impact analysis for one skill, period and subtree.
 * <ul>
 * <li>Within cadres: the cadres first certified during the period, their months before the
 * certification month against their months after it (the same people on both sides).</li>
 * <li>Across cadres: over the same months, cadre-months after a first certification (whenever it
 * was) against cadre-months of cadres not yet certified or never certified.</li>
 * </ul>
 * The month of certification counts on neither side. Denominators are cadre-months of the active
 * cadres of the subtree; numerators are the field records those cadres made in those months.
 */
public final class ImpactFigures {

    private final MonthRange range;
    private final Outcomes before = new Outcomes();
    private final Outcomes after = new Outcomes();
    private final Outcomes certified = new Outcomes();
    private final Outcomes notYet = new Outcomes();

    public ImpactFigures(MonthRange range) {
        this.range = range;
    }

    /** One active cadre of the subtree and the month of their first certification (null: none). */
    public void addCadre(YearMonth firstCertified) {
        addCadres(firstCertified, 1);
    }

    /** That many active cadres of the subtree first certified in the same month (null: none). */
    public void addCadres(YearMonth firstCertified, long cadres) {
        boolean inPeriod = isInPeriod(firstCertified);
        long b = 0;
        long a = 0;
        long c = 0;
        long n = 0;
        for (YearMonth m = range.from(); !m.isAfter(range.to()); m = m.plusMonths(1)) {
            switch (Phase.of(m, firstCertified)) {
                case BEFORE -> {
                    b += inPeriod ? 1 : 0;
                    n++;
                }
                case AFTER -> {
                    a += inPeriod ? 1 : 0;
                    c++;
                }
                case NEVER -> n++;
                case TRANSITION -> { }
            }
        }
        count(before, b, cadres);
        count(after, a, cadres);
        count(certified, c, cadres);
        count(notYet, n, cadres);
    }

    private static void count(Outcomes o, long cadreMonths, long cadres) {
        if (cadreMonths > 0) {
            o.addCadreMonths(cadreMonths * cadres);
            o.addCadres(cadres);
        }
    }

    public boolean isInPeriod(YearMonth firstCertified) {
        return firstCertified != null && !firstCertified.isBefore(range.from()) && !firstCertified.isAfter(range.to());
    }

    /** Sums of field records of one phase, from cadres first certified in the period or not. */
    public void addRecords(Phase phase, boolean certifiedInPeriod, long visits, long found, long resolved,
                           long mediations, long residents) {
        for (Outcomes o : targets(phase, certifiedInPeriod)) {
            o.addCounts(visits, found, resolved, mediations, residents);
        }
    }

    public void addResolved(Phase phase, boolean certifiedInPeriod, int days, long problems) {
        for (Outcomes o : targets(phase, certifiedInPeriod)) {
            o.addDaysToResolve(days, problems);
        }
    }

    private Outcomes[] targets(Phase phase, boolean certifiedInPeriod) {
        return switch (phase) {
            case BEFORE -> certifiedInPeriod ? new Outcomes[] {before, notYet} : new Outcomes[] {notYet};
            case AFTER -> certifiedInPeriod ? new Outcomes[] {after, certified} : new Outcomes[] {certified};
            case NEVER -> new Outcomes[] {notYet};
            case TRANSITION -> new Outcomes[0];
        };
    }

    public MonthRange getRange() { return range; }
    public Outcomes getBefore() { return before; }
    public Outcomes getAfter() { return after; }
    public Outcomes getCertified() { return certified; }
    public Outcomes getNotYet() { return notYet; }
}
