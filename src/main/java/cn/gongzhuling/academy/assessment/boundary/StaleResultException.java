package cn.gongzhuling.academy.assessment.boundary;

import cn.gongzhuling.academy.platform.boundary.BusinessException;

/** A form loaded before someone else changed the result: refused, nothing saved. */
public class StaleResultException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public StaleResultException() {
        super("assess.error.conflict");
    }
}
