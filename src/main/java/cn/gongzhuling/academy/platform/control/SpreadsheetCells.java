package cn.gongzhuling.academy.platform.control;

/**
 * Neutralises text that a spreadsheet would run as a formula (CSV/formula injection, OWASP):
 * a cell starting with = + - @ or a tab or carriage return gets a leading apostrophe, which
 * spreadsheets show as text and do not evaluate. Numbers are written as numbers and need nothing.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    public static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        char first = text.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky ? "'" + text : text;
    }
}
