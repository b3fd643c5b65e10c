package cn.gongzhuling.academy.catalog.boundary;

import cn.gongzhuling.academy.catalog.control.Problem;
import cn.gongzhuling.academy.catalog.entity.ImportOutcome;
import java.util.List;

/** The outcome of importing one course (or the skills catalogue): what happened, or every problem found. */
public record ImportReport(String source, String code, ImportOutcome outcome, Integer versionNo,
                           List<Problem> problems) {

    public boolean isFailed() {
        return outcome == ImportOutcome.FAILED;
    }

    public String getCode() { return code; }
    public ImportOutcome getOutcome() { return outcome; }
    public Integer getVersionNo() { return versionNo; }
    public List<Problem> getProblems() { return problems; }
}
