package cn.gongzhuling.academy.reporting.control;

/**
 * Enrolment counts of one row of the completion report. {@code inProgress} includes those awaiting
 * the practical check, which is also shown on its own; {@code overdue} counts enrolments past their
 * due date and not completed, whatever their status.
 */
public final class StatusCounts {

    private long assigned;
    private long notStarted;
    private long inProgress;
    private long awaitingPractical;
    private long completed;
    private long overdue;

    /** Adds {@code count} enrolments of one status, {@code overdue} of which are past due. */
    public void add(String status, long count, long overdueCount) {
        assigned += count;
        overdue += overdueCount;
        switch (status) {
            case "NOT_STARTED" -> notStarted += count;
            case "IN_PROGRESS" -> inProgress += count;
            case "AWAITING_PRACTICAL" -> {
                inProgress += count;
                awaitingPractical += count;
            }
            case "COMPLETED" -> completed += count;
            default -> throw new IllegalArgumentException("unknown enrolment status " + status);
        }
    }

    public void addAll(StatusCounts other) {
        assigned += other.assigned;
        notStarted += other.notStarted;
        inProgress += other.inProgress;
        awaitingPractical += other.awaitingPractical;
        completed += other.completed;
        overdue += other.overdue;
    }

    /** Completed share of assigned, in whole percent rounded down (so 99.6 % never reads as 100 %). */
    public int getPercent() {
        return assigned == 0 ? 0 : (int) (completed * 100 / assigned);
    }

    public boolean isEmpty() { return assigned == 0; }
    public long getAssigned() { return assigned; }
    public long getNotStarted() { return notStarted; }
    public long getInProgress() { return inProgress; }
    public long getAwaitingPractical() { return awaitingPractical; }
    public long getCompleted() { return completed; }
    public long getOverdue() { return overdue; }
}
