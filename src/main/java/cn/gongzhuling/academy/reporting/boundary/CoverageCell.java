package cn.gongzhuling.academy.reporting.boundary;

/** Certified holders of one skill in one unit today and at the horizon (e.g. in 60 days). */
public record CoverageCell(long today, long atHorizon) {

    public boolean isCovered() { return today > 0; }
    /** Covered today but no longer at the horizon: certificates run out and need renewing. */
    public boolean isLapsing() { return today > 0 && atHorizon == 0; }
    public long getToday() { return today; }
    public long getAtHorizon() { return atHorizon; }
}
