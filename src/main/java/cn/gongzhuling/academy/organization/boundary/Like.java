package cn.gongzhuling.academy.organization.boundary;

import java.util.Locale;

/** Builds a safe, lower-cased LIKE pattern (with backslash escapes) for "contains" searches. */
final class Like {

    private Like() {
    }

    /** Null when there is nothing to search for. */
    static String contains(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.trim().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
