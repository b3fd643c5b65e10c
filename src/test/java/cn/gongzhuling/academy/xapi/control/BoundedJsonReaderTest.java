package cn.gongzhuling.academy.xapi.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Bodies refused before they are read to the end: too large, too deep, not UTF-8, not JSON. */
class BoundedJsonReaderTest {

    final BoundedJsonReader reader = new BoundedJsonReader(1024 * 1024, 32);

    static InputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsChineseTextAndNumbers() {
        JsonObject o = (JsonObject) reader.read(bytes("{\"name\": \"王芳\", \"n\": 3, \"x\": 1.25}"));
        assertEquals("王芳", o.getString("name"));
        assertEquals(3, o.getInt("n"));
        assertEquals("1.25", o.getJsonNumber("x").toString());
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413WithoutReadingItAll() {
        InputStream endless = new InputStream() {
            long served;

            @Override
            public int read() {
                served++;
                if (served == 1) {
                    return '[';
                }
                return served % 2 == 0 ? '1' : ',';
            }
        };
        XapiProblem problem = assertThrows(XapiProblem.class, () -> reader.read(endless));
        assertEquals(413, problem.getStatus());
        assertEquals("xapi.error.tooLarge", problem.getKey());
    }

    @Test
    void deeplyNestedJsonIsRefused() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        XapiProblem problem = assertThrows(XapiProblem.class, () -> reader.read(bytes(deep)));
        assertEquals(400, problem.getStatus());
        assertEquals("xapi.error.tooDeep", problem.getKey());
        assertEquals(32, problem.getArgs()[0]);
        reader.read(bytes("[".repeat(32) + "]".repeat(32)));
    }

    @Test
    void badUtf8IsRefused() {
        byte[] latin1 = "{\"name\": \"Jos\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        XapiProblem problem = assertThrows(XapiProblem.class, () -> reader.read(new ByteArrayInputStream(latin1)));
        assertEquals("xapi.error.badUtf8", problem.getKey());
    }

    @Test
    void notJsonDuplicatePropertiesAndTrailingContentAreRefused() {
        assertEquals("xapi.error.notJsonAt", assertThrows(XapiProblem.class,
                () -> reader.read(bytes("{\"a\": }"))).getKey());
        assertEquals("xapi.error.duplicateProperty", assertThrows(XapiProblem.class,
                () -> reader.read(bytes("{\"id\": 1, \"id\": 2}"))).getKey());
        assertEquals("xapi.error.emptyBody", assertThrows(XapiProblem.class, () -> reader.read(bytes(""))).getKey());
    }

    @Test
    void keepsTheTextOfEachStatementExactlyAsSent() {
        String first = "{\"a\" : [1, {\"b\": \"王\"}],\n \"c\": 2.50}";
        String second = "{ \"d\":true }";
        BoundedJsonReader.Body body = reader.readBody(bytes(" [ " + first + " ,\n" + second + ", 7 ]\n"));
        assertEquals(java.util.Arrays.asList(first, second, null), body.texts());
        assertEquals(first, reader.readBody(bytes("\n" + first + "  ")).texts().get(0));
    }
}
