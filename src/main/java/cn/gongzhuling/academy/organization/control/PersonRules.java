package cn.gongzhuling.academy.organization.control;

import cn.gongzhuling.academy.organization.entity.Person;
import java.util.ArrayList;
import java.util.List;

/** Field rules for a person, shared by the edit form and the CSV import. */
public final class PersonRules {

    private PersonRules() {
    }

    public static List<FieldError> check(PersonDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        text(errors, "staffNo", draft.getStaffNo(), Person.STAFF_NO_MAX, Person.STAFF_NO_PATTERN);
        text(errors, "nameZh", draft.getNameZh(), Person.NAME_ZH_MAX, null);
        text(errors, "nameEn", draft.getNameEn(), Person.NAME_EN_MAX, null);
        if (draft.getPhone() != null && !draft.getPhone().matches(Person.PHONE_PATTERN)) {
            errors.add(new FieldError("phone", "validation.phone"));
        }
        if (draft.getPosition() == null) {
            errors.add(new FieldError("position", "validation.required"));
        }
        if (draft.getUnitId() == null) {
            errors.add(new FieldError("unit", "validation.required"));
        }
        return errors;
    }

    static void text(List<FieldError> errors, String field, String value, int max, String pattern) {
        if (value == null) {
            errors.add(new FieldError(field, "validation.required"));
        } else if (value.length() > max) {
            errors.add(new FieldError(field, "validation.tooLong", max));
        } else if (pattern != null && !value.matches(pattern)) {
            errors.add(new FieldError(field, "validation.pattern." + field));
        } else if (value.chars().anyMatch(c -> Character.isISOControl(c))) {
            errors.add(new FieldError(field, "validation.controlChars"));
        }
    }
}
