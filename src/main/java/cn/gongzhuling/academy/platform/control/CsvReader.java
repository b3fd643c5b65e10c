package cn.gongzhuling.academy.platform.control;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads an uploaded CSV file (RFC 4180: quoted fields, doubled quotes, commas and line
 * breaks inside quotes, CRLF or LF) that must be UTF-8, with or without a byte-order mark.
 * The first non-blank record is the header; columns are matched by name, ignoring case.
 * Every problem goes to {@link ImportErrors} with the physical line where it is, so a user
 * can find it in a text editor. Blank lines are skipped.
 */
public final class CsvReader {

    private final String text;
    private final ImportErrors errors;
    private int pos;
    private int line = 1;

    private record Record(int line, List<String> fields, boolean bad) {
        boolean blank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    private CsvReader(String text, ImportErrors errors) {
        this.text = text;
        this.errors = errors;
    }

    /**
     * Parses the file. {@code required} and {@code optional} are the lower-case column
     * names; any other column, a repeated one or a missing required one makes the table unusable.
     */
    public static CsvTable read(byte[] data, List<String> required, List<String> optional, ImportErrors errors) {
        String text = decode(data, errors);
        if (text == null) {
            return CsvTable.broken();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Record> records = new CsvReader(text, errors).records();
        if (records == null) {
            return CsvTable.broken();
        }
        if (records.isEmpty()) {
            errors.add(0, "", "import.error.empty");
            return CsvTable.broken();
        }
        Record head = records.get(0);
        List<String> columns = head.bad() ? null : header(head, required, optional, errors);
        if (columns == null) {
            return CsvTable.broken();
        }
        List<CsvRow> rows = new ArrayList<>(records.size());
        boolean rowProblems = false;
        for (Record r : records.subList(1, records.size())) {
            if (r.bad()) {
                rowProblems = true;
            } else if (r.fields().size() != columns.size()) {
                errors.add(r.line(), "", "import.error.columnCount", columns.size(), r.fields().size());
                rowProblems = true;
            } else {
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    cells.put(columns.get(i), r.fields().get(i));
                }
                rows.add(new CsvRow(r.line(), cells));
            }
        }
        if (rows.isEmpty() && !rowProblems) {
            errors.add(0, "", "import.error.empty");
        }
        return new CsvTable(List.copyOf(columns), rows, true);
    }

    /** Strict UTF-8: the first malformed byte is reported with its line, and nothing is read. */
    static String decode(byte[] data, ImportErrors errors) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(data);
        CharBuffer out = CharBuffer.allocate(data.length); // UTF-8 never yields more chars than bytes
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int where = lineAt(data, in.position());
            errors.add(where, "", "import.error.encoding", String.valueOf(where));
            return null;
        }
        return out.flip().toString();
    }

    /** The physical line of a byte offset: LF, CRLF and a lone CR each end a line. */
    static int lineAt(byte[] data, int offset) {
        int lines = 1;
        for (int i = 0; i < offset && i < data.length; i++) {
            if (data[i] == '\n' || (data[i] == '\r' && (i + 1 >= data.length || data[i + 1] != '\n'))) {
                lines++;
            }
        }
        return lines;
    }

    private static List<String> header(Record head, List<String> required, List<String> optional,
                                       ImportErrors errors) {
        List<String> columns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean ok = true;
        for (String raw : head.fields()) {
            String name = raw.strip().toLowerCase(Locale.ROOT);
            columns.add(name);
            if (!seen.add(name)) {
                errors.add(head.line(), ImportErrors.shown(name), "import.error.duplicateColumn",
                        ImportErrors.shown(raw.strip()));
                ok = false;
            } else if (!required.contains(name) && !optional.contains(name)) {
                errors.add(head.line(), ImportErrors.shown(name), "import.error.unknownColumn",
                        ImportErrors.shown(raw.strip()));
                ok = false;
            }
        }
        for (String column : required) {
            if (!seen.contains(column)) {
                errors.add(head.line(), column, "import.error.header", column);
                ok = false;
            }
        }
        return ok ? columns : null;
    }

    /** All non-blank records, or null when a quote is never closed (the rest of the file is unreadable). */
    private List<Record> records() {
        List<Record> records = new ArrayList<>();
        while (pos < text.length()) {
            Record r = record();
            if (r == null) {
                return null;
            }
            if (!r.blank()) {
                records.add(r);
            }
        }
        return records;
    }

    private Record record() {
        int start = line;
        List<String> fields = new ArrayList<>();
        boolean bad = false;
        while (true) {
            String field;
            if (pos < text.length() && text.charAt(pos) == '"') {
                int quoteLine = line;
                field = quoted();
                if (field == null) {
                    errors.add(quoteLine, "", "import.error.quote");
                    return null;
                }
                if (pos < text.length() && !atFieldEnd()) {
                    // Text after a closing quote ("abc"def): report it and drop the record.
                    errors.add(line, "", "import.error.quote");
                    bad = true;
                    plain();
                }
            } else {
                field = plain();
            }
            fields.add(field);
            if (pos >= text.length()) {
                break;
            }
            if (text.charAt(pos) == ',') {
                pos++;
            } else {
                lineBreak();
                break;
            }
        }
        return new Record(start, fields, bad);
    }

    private boolean atFieldEnd() {
        char c = text.charAt(pos);
        return c == ',' || c == '\n' || c == '\r';
    }

    private String plain() {
        int from = pos;
        while (pos < text.length() && !atFieldEnd()) {
            pos++;
        }
        return text.substring(from, pos);
    }

    /** A quoted field from its opening quote; null if the file ends before the closing quote. */
    private String quoted() {
        StringBuilder sb = new StringBuilder();
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '"') {
                if (pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
                    sb.append('"');
                    pos += 2;
                    continue;
                }
                pos++;
                return sb.toString();
            }
            if (c == '\n' || (c == '\r' && (pos + 1 >= text.length() || text.charAt(pos + 1) != '\n'))) {
                line++;
            }
            sb.append(c);
            pos++;
        }
        return null;
    }

    private void lineBreak() {
        if (text.charAt(pos) == '\r') {
            pos++;
            if (pos < text.length() && text.charAt(pos) == '\n') {
                pos++;
            }
        } else {
            pos++;
        }
        line++;
    }
}
