package cn.gongzhuling.academy.platform.control;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a table as CSV or XLSX while the rows are read, so an export of 200k rows needs the memory
 * of a hundred: CSV goes straight to the stream, XLSX through POI's streaming workbook (SXSSF),
 * which keeps a window of rows in memory and the rest in a temporary file it deletes afterwards.
 * Text cells are neutralised against formula injection; numbers stay numbers.
 */
public final class TableExport {

    public enum Format {
        CSV("text/csv; charset=UTF-8", "csv"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

        private final String contentType;
        private final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() { return contentType; }
        public String extension() { return extension; }
    }

    private static final int ROWS_IN_MEMORY = 200;
    private static final char BOM = '\uFEFF';

    private TableExport() {
    }

    public static void write(Format format, String sheetName, List<String> headers, Iterator<List<Object>> rows,
                             OutputStream out) throws IOException {
        if (format == Format.CSV) {
            writeCsv(headers, rows, out);
        } else {
            writeXlsx(sheetName, headers, rows, out);
        }
    }

    private static void writeCsv(List<String> headers, Iterator<List<Object>> rows, OutputStream out)
            throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write(BOM); // Excel opens UTF-8 (Chinese) correctly only with the byte order mark
        csvLine(w, List.copyOf(headers));
        while (rows.hasNext()) {
            csvLine(w, rows.next());
        }
        w.flush();
    }

    private static void csvLine(Writer w, List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            Object cell = cells.get(i);
            String text = cell instanceof Number ? cell.toString() : SpreadsheetCells.safe(cell == null ? "" : cell.toString());
            if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
                text = '"' + text.replace("\"", "\"\"") + '"';
            }
            w.write(text);
        }
        w.write("\r\n");
    }

    private static void writeXlsx(String sheetName, List<String> headers, Iterator<List<Object>> rows,
                                  OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            SXSSFSheet sheet = book.createSheet(safeSheetName(sheetName));
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(SpreadsheetCells.safe(headers.get(i)));
                cell.setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            while (rows.hasNext()) {
                List<Object> values = rows.next();
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    Cell cell = row.createCell(i);
                    if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else {
                        cell.setCellValue(SpreadsheetCells.safe(value == null ? "" : value.toString()));
                    }
                }
            }
            book.write(out);
            book.dispose();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Sheet names: at most 31 characters, none of : \ / ? * [ ]. */
    static String safeSheetName(String name) {
        String cleaned = name.replaceAll("[:\\\\/?*\\[\\]]", " ").trim();
        if (cleaned.isEmpty()) {
            return "Sheet1";
        }
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }
}
