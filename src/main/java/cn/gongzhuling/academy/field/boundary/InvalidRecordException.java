package cn.gongzhuling.academy.field.boundary;

import cn.gongzhuling.academy.field.control.FieldProblem;
import cn.gongzhuling.academy.platform.boundary.BusinessException;
import java.util.List;

/** A field record that breaks {@link cn.gongzhuling.academy.field.control.FieldRules}: every problem, by field. */
public class InvalidRecordException extends BusinessException {

    private static final long serialVersionUID = 1L;
    private final transient List<FieldProblem> problems;

    public InvalidRecordException(List<FieldProblem> problems) {
        super(problems.get(0).key(), problems.get(0).args());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> getProblems() {
        return problems;
    }
}
