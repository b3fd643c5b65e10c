package cn.gongzhuling.academy.field.control;

import cn.gongzhuling.academy.field.entity.FieldKind;
import cn.gongzhuling.academy.field.entity.FieldRecord;
import cn.gongzhuling.academy.field.entity.ProblemStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks every field record passes, whichever way it arrives (form, CSV, API, xAPI, task):
 * the fields each kind needs, lengths, counts, and times that cannot be in the future. Field names
 * are those of the CSV columns and JSON properties.
 */
public final class FieldRules {

    /** A clock skew allowance for phones whose time runs a little ahead. */
    public static final int FUTURE_MINUTES = 10;
    public static final int COUNT_MAX = 100_000;
    public static final LocalDateTime EARLIEST = LocalDateTime.of(2000, 1, 1, 0, 0);

    private FieldRules() {
    }

    /** The problems of a normalised draft; empty when it may be saved. */
    public static List<FieldProblem> check(FieldDraft d, LocalDateTime now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (d.getKind() == null) {
            problems.add(new FieldProblem("kind", "field.error.kind"));
        }
        if (d.getGridId() == null) {
            problems.add(new FieldProblem("grid", "field.error.grid"));
        }
        if (d.getOccurredAt() == null) {
            problems.add(new FieldProblem("occurred_at", "field.error.occurredAt"));
        } else if (d.getOccurredAt().isAfter(now.plusMinutes(FUTURE_MINUTES))) {
            problems.add(new FieldProblem("occurred_at", "field.error.future"));
        } else if (d.getOccurredAt().isBefore(EARLIEST)) {
            problems.add(new FieldProblem("occurred_at", "field.error.occurredAt"));
        }
        length(problems, "place", d.getPlace(), FieldRecord.PLACE_MAX);
        length(problems, "notes", d.getNotes(), FieldRecord.NOTES_MAX);
        if (d.getKind() == null) {
            return problems;
        }
        switch (d.getKind()) {
            case PROBLEM_FOUND -> problem(d, now, problems);
            case DISPUTE_MEDIATED -> {
                if (d.getParties() == null) {
                    problems.add(new FieldProblem("parties", "field.error.parties"));
                }
                length(problems, "parties", d.getParties(), FieldRecord.PARTIES_MAX);
                length(problems, "outcome", d.getOutcome(), FieldRecord.OUTCOME_MAX);
                if (d.getAgreementReached() == null) {
                    problems.add(new FieldProblem("agreement", "field.error.agreement"));
                }
            }
            case VOLUNTEER_PROJECT -> {
                count(problems, "volunteers", d.getVolunteers(), 1);
                count(problems, "residents", d.getResidents(), 0);
            }
            case FIRST_AID_TAUGHT -> count(problems, "residents", d.getResidents(), 1);
            case HEALTH_SERVICE -> count(problems, "residents", d.getResidents(), 0);
            default -> {
                // a household visit and a first-aid response need only the common fields
            }
        }
        return problems;
    }

    private static void problem(FieldDraft d, LocalDateTime now, List<FieldProblem> problems) {
        if (d.getCategory() == null) {
            problems.add(new FieldProblem("category", "field.error.category"));
        }
        if (d.getHandlingLevel() == null) {
            problems.add(new FieldProblem("handling_level", "field.error.handlingLevel"));
        }
        ProblemStatus status = d.getStatus() == null ? ProblemStatus.OPEN : d.getStatus();
        LocalDate today = now.toLocalDate();
        LocalDate found = d.getOccurredAt() == null ? null : d.getOccurredAt().toLocalDate();
        if (status == ProblemStatus.OPEN && (d.getStartedOn() != null || d.getClosedOn() != null)) {
            problems.add(new FieldProblem("status", "field.error.openWithDates"));
        }
        if (status == ProblemStatus.IN_PROGRESS && d.getClosedOn() != null) {
            problems.add(new FieldProblem("closed_on", "field.error.closedButInProgress"));
        }
        for (LocalDate day : new LocalDate[] {d.getStartedOn(), d.getClosedOn()}) {
            if (day != null && (day.isAfter(today) || (found != null && day.isBefore(found)))) {
                problems.add(new FieldProblem(day == d.getStartedOn() ? "started_on" : "closed_on",
                        "field.error.problemDate"));
            }
        }
        if (d.getStartedOn() != null && d.getClosedOn() != null && d.getClosedOn().isBefore(d.getStartedOn())) {
            problems.add(new FieldProblem("closed_on", "field.error.closedBeforeStarted"));
        }
    }

    /** Fills the ledger dates a status implies but the draft left out: today for the step just taken. */
    public static void completeProblemDates(FieldDraft d, LocalDate today) {
        if (d.getKind() != FieldKind.PROBLEM_FOUND) {
            return;
        }
        if (d.getStatus() == null) {
            d.setStatus(ProblemStatus.OPEN);
        }
        if (d.getStatus() != ProblemStatus.OPEN && d.getStartedOn() == null) {
            d.setStartedOn(d.getClosedOn() != null ? d.getClosedOn() : today);
        }
        if (d.getStatus().isClosed() && d.getClosedOn() == null) {
            d.setClosedOn(today);
        }
    }

    private static void length(List<FieldProblem> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new FieldProblem(field, "field.error.tooLong", max));
        }
    }

    private static void count(List<FieldProblem> problems, String field, Integer value, int min) {
        if (value == null || value < min || value > COUNT_MAX) {
            problems.add(new FieldProblem(field, "field.error.count", min, COUNT_MAX));
        }
    }
}
