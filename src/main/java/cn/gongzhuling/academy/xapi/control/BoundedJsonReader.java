package cn.gongzhuling.academy.xapi.control;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a request body into JSON-P values with the streaming parser, refusing before it is all read:
 * a body over the byte limit (413), bytes that are not UTF-8, nesting deeper than the depth limit, a
 * property given twice in one object, and anything that is not JSON (all 400). Nothing is buffered
 * beyond what the parser holds, so a hostile body costs at most the limit.
 */
public final class BoundedJsonReader {

    private static final JsonProvider JSON = Served.JSON;

    private final long maxBytes;
    private final int maxDepth;

    public BoundedJsonReader(long maxBytes, int maxDepth) {
        this.maxBytes = maxBytes;
        this.maxDepth = maxDepth;
    }

    /**
     * A body read: the JSON value, and the text of each statement exactly as it was sent — of the
     * body when it is an object, of each element when it is an array (null for an element that is
     * not an object).
     */
    public record Body(JsonValue value, List<String> texts) {
    }

    public JsonValue read(InputStream body) {
        return readBody(body).value();
    }

    public Body readBody(InputStream body) {
        StringBuilder text = new StringBuilder(8192);
        Reader reader = new RecordingReader(new InputStreamReader(new LimitedStream(body, maxBytes),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)), text);
        try (JsonParser parser = JSON.createParser(reader)) {
            JsonParser.Event start = first(parser);
            List<String> texts = new ArrayList<>();
            JsonValue value;
            if (start == JsonParser.Event.START_OBJECT) {
                long from = parser.getLocation().getStreamOffset() - 1;
                value = object(parser, 1);
                texts.add(slice(text, from, parser.getLocation().getStreamOffset()));
            } else if (start == JsonParser.Event.START_ARRAY) {
                value = statements(parser, text, texts);
            } else {
                value = value(parser, start, 1);
            }
            if (parser.hasNext()) {
                throw XapiProblem.invalid("", "xapi.error.trailing");
            }
            return new Body(value, texts);
        } catch (JsonParsingException e) {
            throw translate(e, e.getLocation());
        } catch (JsonException e) {
            throw translate(e, null);
        }
    }

    /** The first event; a body of nothing (or only white space) is refused as empty. */
    private static JsonParser.Event first(JsonParser parser) {
        try {
            if (!parser.hasNext()) {
                throw XapiProblem.invalid("", "xapi.error.emptyBody");
            }
            return parser.next();
        } catch (JsonParsingException e) {
            if (String.valueOf(e.getMessage()).contains("token=EOF")) {
                throw XapiProblem.invalid("", "xapi.error.emptyBody");
            }
            throw e;
        }
    }

    private JsonValue value(JsonParser parser, JsonParser.Event event, int depth) {
        switch (event) {
            case START_OBJECT:
                return object(parser, depth);
            case START_ARRAY:
                return array(parser, depth);
            case VALUE_STRING:
                return JSON.createValue(parser.getString());
            case VALUE_NUMBER:
                return parser.isIntegralNumber() ? JSON.createValue(parser.getLong()) : JSON.createValue(parser.getBigDecimal());
            case VALUE_TRUE:
                return JsonValue.TRUE;
            case VALUE_FALSE:
                return JsonValue.FALSE;
            case VALUE_NULL:
                return JsonValue.NULL;
            default:
                throw XapiProblem.invalid("", "xapi.error.notJson", event.toString());
        }
    }

    private JsonValue object(JsonParser parser, int depth) {
        checkDepth(depth);
        JsonObjectBuilder builder = JSON.createObjectBuilder();
        Set<String> names = new HashSet<>();
        while (true) {
            JsonParser.Event event = parser.next();
            if (event == JsonParser.Event.END_OBJECT) {
                return builder.build();
            }
            String name = parser.getString();
            if (!names.add(name)) {
                throw XapiProblem.invalid("", "xapi.error.duplicateProperty", name);
            }
            builder.add(name, value(parser, parser.next(), depth + 1));
        }
    }

    /** The top-level array of a batch, keeping the text of each statement. */
    private JsonValue statements(JsonParser parser, StringBuilder text, List<String> texts) {
        checkDepth(1);
        JsonArrayBuilder builder = JSON.createArrayBuilder();
        while (true) {
            JsonParser.Event event = parser.next();
            if (event == JsonParser.Event.END_ARRAY) {
                return builder.build();
            }
            if (event == JsonParser.Event.START_OBJECT) {
                long from = parser.getLocation().getStreamOffset() - 1;
                builder.add(object(parser, 2));
                texts.add(slice(text, from, parser.getLocation().getStreamOffset()));
            } else {
                builder.add(value(parser, event, 2));
                texts.add(null);
            }
        }
    }

    /** The text between two parser offsets, if it is one object; null when the offsets do not fit. */
    private static String slice(StringBuilder text, long from, long to) {
        if (from < 0 || to > text.length() || from >= to || text.charAt((int) from) != '{'
                || text.charAt((int) to - 1) != '}') {
            return null;
        }
        return text.substring((int) from, (int) to);
    }

    private JsonValue array(JsonParser parser, int depth) {
        checkDepth(depth);
        JsonArrayBuilder builder = JSON.createArrayBuilder();
        while (true) {
            JsonParser.Event event = parser.next();
            if (event == JsonParser.Event.END_ARRAY) {
                return builder.build();
            }
            builder.add(value(parser, event, depth + 1));
        }
    }

    private void checkDepth(int depth) {
        if (depth > maxDepth) {
            throw XapiProblem.invalid("", "xapi.error.tooDeep", maxDepth);
        }
    }

    private static XapiProblem translate(JsonException e, JsonLocation location) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof TooLarge tooLarge) {
                return new XapiProblem(XapiProblem.TOO_LARGE, "", "xapi.error.tooLarge", tooLarge.limit);
            }
            if (cause instanceof CharacterCodingException) {
                return XapiProblem.invalid("", "xapi.error.badUtf8");
            }
        }
        if (location != null && location.getLineNumber() > 0) {
            return XapiProblem.invalid("", "xapi.error.notJsonAt", location.getLineNumber(), location.getColumnNumber());
        }
        return XapiProblem.invalid("", "xapi.error.notJson", String.valueOf(e.getMessage()));
    }

    /** Thrown by the stream when the body passes the limit; the parser wraps it, read() unwraps it. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        final long limit;

        TooLarge(long limit) {
            super("request body larger than " + limit + " bytes");
            this.limit = limit;
        }
    }

    /** Keeps a copy of the characters the parser reads, so statements can be stored as sent. */
    static final class RecordingReader extends FilterReader {
        private final StringBuilder copy;

        RecordingReader(Reader in, StringBuilder copy) {
            super(in);
            this.copy = copy;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                copy.append((char) c);
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                copy.append(buffer, offset, n);
            }
            return n;
        }
    }

    /** Counts the bytes read and fails on the first byte over the limit. */
    static final class LimitedStream extends FilterInputStream {
        private final long limit;
        private long count;

        LimitedStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLarge {
            count += n;
            if (count > limit) {
                throw new TooLarge(limit);
            }
        }
    }
}
