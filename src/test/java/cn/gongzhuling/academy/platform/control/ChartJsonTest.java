package cn.gongzhuling.academy.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartJsonTest {

    @Test
    void aUnitNamedLikeAScriptCannotCloseTheScriptElement() {
        String json = ChartJson.bar(List.of("</script><script>alert(1)</script>", "东风社区"),
                List.of(new ChartJson.Series("完成率", "#2e7d32", List.of(40, 75))), true, 100);

        assertFalse(json.contains("<"), json);
        JsonObject parsed = Json.createReader(new StringReader(json)).readObject();
        assertEquals("</script><script>alert(1)</script>",
                parsed.getJsonObject("data").getJsonArray("labels").getString(0), "the label itself is intact");
        assertEquals("y", parsed.getJsonObject("options").getString("indexAxis"));
        assertEquals(100, parsed.getJsonObject("options").getJsonObject("scales").getJsonObject("x").getInt("max"));
    }

    @Test
    void oneSeriesNeedsNoLegend() {
        String json = ChartJson.bar(List.of("a"), List.of(new ChartJson.Series("s", "#000", List.of(1))), false, null);
        assertTrue(json.contains("\"display\":false"));
    }
}
