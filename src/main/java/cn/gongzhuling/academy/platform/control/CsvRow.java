package cn.gongzhuling.academy.platform.control;

import java.util.Map;

/** A data row of a CSV file: the physical line it starts on and its cells by lower-case column name. */
public record CsvRow(int line, Map<String, String> cells) {

    /** The cell of a column, or null when the file has no such column. */
    public String get(String column) {
        return cells.get(column);
    }
}
