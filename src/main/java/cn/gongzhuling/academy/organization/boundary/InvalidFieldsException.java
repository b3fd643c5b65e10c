package cn.gongzhuling.academy.organization.boundary;

import cn.gongzhuling.academy.organization.control.FieldError;
import cn.gongzhuling.academy.platform.boundary.BusinessException;
import java.util.List;

/** A form that broke field rules; the page shows each error beside its field. */
public class InvalidFieldsException extends BusinessException {

    private static final long serialVersionUID = 1L;
    private final transient List<FieldError> errors;

    public InvalidFieldsException(List<FieldError> errors) {
        super("validation.failed");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> getErrors() {
        return errors;
    }
}
