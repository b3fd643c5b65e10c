package cn.gongzhuling.academy.reporting.boundary;

/**
 * How current the impact roll-up is: whether it was built (a new installation, an upgrade or a moved
 * unit builds it in the background), and how many people's changes it has yet to count (it counts
 * them within a minute).
 */
public record ImpactFreshness(boolean built, long pendingPeople) {

    public boolean isBuilt() { return built; }
    public long getPendingPeople() { return pendingPeople; }
    public boolean isCurrent() { return built && pendingPeople == 0; }
}
