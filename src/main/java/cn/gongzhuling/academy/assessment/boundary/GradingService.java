package cn.gongzhuling.academy.assessment.boundary;

import cn.gongzhuling.academy.assessment.entity.GradeChange;
import cn.gongzhuling.academy.platform.boundary.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.util.Locale;

/**
 * The grading screen's service: each post runs in its own transaction (GradeWriter). A stale form
 * or a concurrent sign-off rolls back completely, is recorded in the grade history in a separate
 * transaction, and reaches the page as a conflict message, never a silent overwrite.
 */
@ApplicationScoped
public class GradingService {

    @Inject
    GradeWriter writer;

    @Inject
    GradeSheets sheets;

    @Inject
    GradeHistory history;

    public GradeSheet sheet(Long resultId, Locale locale) {
        return sheets.load(resultId, locale);
    }

    public long saveDraft(Long resultId, long version, GradeForm form) {
        return guarded(resultId, form, () -> writer.write(resultId, version, form, GradeWriter.Operation.SAVE_DRAFT, null));
    }

    public long signOff(Long resultId, long version, GradeForm form) {
        return guarded(resultId, form, () -> writer.write(resultId, version, form, GradeWriter.Operation.SIGN, null));
    }

    public long amend(Long resultId, long version, GradeForm form, String reason) {
        return guarded(resultId, form, () -> writer.write(resultId, version, form, GradeWriter.Operation.AMEND, reason));
    }

    public void markAbsent(Long resultId, long version) {
        guarded(resultId, null, () -> {
            writer.markAbsent(resultId, version);
            return 0L;
        });
    }

    private long guarded(Long resultId, GradeForm form, java.util.function.LongSupplier work) {
        try {
            return work.getAsLong();
        } catch (StaleResultException e) {
            history.refused(resultId, GradeChange.Action.REFUSED_STALE, describe(form));
            throw e;
        } catch (BusinessException e) {
            throw e;
        } catch (RuntimeException e) { // OptimisticLockException, or one wrapped by the transaction's commit
            if (isOptimistic(e)) {
                history.refused(resultId, GradeChange.Action.REFUSED_CONFLICT, describe(form));
                throw new BusinessException("assess.error.conflict");
            }
            throw e;
        }
    }

    /**
     * An optimistic-lock failure, or the database refusing the second of two writers of the same row
     * (serialization failure, deadlock, H2's concurrent update or lock timeout): both mean "someone
     * else wrote this result meanwhile".
     */
    static boolean isOptimistic(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t.getClass().getName().endsWith("OptimisticLockException")) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && CONFLICT_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> CONFLICT_STATES = java.util.Set.of("40001", "40P01", "90131", "HYT00");

    private static String describe(GradeForm form) {
        if (form == null) {
            return "ABSENT";
        }
        StringBuilder sb = new StringBuilder("attempted:");
        form.getDone().forEach((k, v) -> sb.append(' ').append(k).append('=').append(v == null ? "–" : v ? "✓" : "✗"));
        form.getLevels().forEach((k, v) -> sb.append(' ').append(k).append('=').append(v == null ? "–" : v));
        return sb.toString();
    }
}
