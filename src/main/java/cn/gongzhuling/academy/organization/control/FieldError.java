package cn.gongzhuling.academy.organization.control;

/** One invalid field: its name, a message key and the message arguments. */
public record FieldError(String field, String key, Object... args) {
}
