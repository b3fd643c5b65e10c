package cn.gongzhuling.academy.certification.control;

/**
 * Text for exported spreadsheet cells: a value a spreadsheet would read as a formula (starting
 * with = + - @, or a tab or carriage return) gets a leading apostrophe, so a name typed as
 * "=HYPERLINK(...)" stays text.
 */
public final class CellText {

    private CellText() {
    }

    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
