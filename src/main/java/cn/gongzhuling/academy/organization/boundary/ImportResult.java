package cn.gongzhuling.academy.organization.boundary;

import cn.gongzhuling.academy.platform.boundary.Messages;
import cn.gongzhuling.academy.platform.control.ImportErrors;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * What an import did: the counts when it succeeded, or the problems (at most
 * {@link ImportErrors#CAP}, out of {@code errorCount}) when nothing was imported.
 */
public record ImportResult(int added, int updated, int unchanged, int errorCount, List<ImportProblem> problems)
        implements Serializable {

    public static ImportResult done(int added, int updated, int unchanged) {
        return new ImportResult(added, updated, unchanged, 0, List.of());
    }

    public static ImportResult failed(ImportErrors errors, Locale locale) {
        List<ImportProblem> problems = errors.list().stream()
                .map(e -> new ImportProblem(e.line(), e.field(), Messages.get(locale, e.key(), e.args())))
                .toList();
        return new ImportResult(0, 0, 0, errors.total(), problems);
    }

    public boolean ok() {
        return errorCount == 0;
    }

    public boolean truncated() {
        return errorCount > problems.size();
    }
}
