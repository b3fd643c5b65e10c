package cn.gongzhuling.academy.platform.control;

/**
 * One problem of an uploaded file: the physical line it starts on (0 for the whole file),
 * the column name as written in the file (empty when no single column is at fault),
 * a message key of the resource bundles and its arguments.
 */
public record ImportError(int line, String field, String key, Object... args) {
}
