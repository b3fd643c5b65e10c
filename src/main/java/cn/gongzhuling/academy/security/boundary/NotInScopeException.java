package cn.gongzhuling.academy.security.boundary;

import cn.gongzhuling.academy.platform.boundary.BusinessException;

/**
 * Thrown when a caller asks for something outside their role or org scope. It
 * reads as "not found" so a guessed id reveals nothing about other streets.
 */
public class NotInScopeException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotInScopeException() {
        super("error.notFound");
    }
}
