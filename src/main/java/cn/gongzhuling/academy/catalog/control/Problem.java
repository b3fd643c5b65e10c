package cn.gongzhuling.academy.catalog.control;

/**
 * One thing wrong in a course file: where (file, 1-based line, field) and what
 * (a message key of the bundles with its arguments).
 */
public record Problem(String file, int line, String field, String key, Object... args) {

    public String location() {
        return file + (line > 0 ? ":" + line : "") + (field == null || field.isEmpty() ? "" : " " + field);
    }
}
