package cn.gongzhuling.academy.platform.control;

import java.util.List;

/**
 * A parsed CSV file. {@code usable} is false when the file as a whole is broken (encoding,
 * quotes, header): its rows are then not worth validating one by one.
 */
public record CsvTable(List<String> columns, List<CsvRow> rows, boolean usable) {

    public static CsvTable broken() {
        return new CsvTable(List.of(), List.of(), false);
    }

    public boolean has(String column) {
        return columns.contains(column);
    }
}
