package cn.gongzhuling.academy.reporting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PathRollupTest {

    private final PathRollup<String> rollup =
            new PathRollup<>("/1/5/", Map.of("/1/5/9/", "nine", "/1/5/10/", "ten"));

    @Test
    void aDeepPathBelongsToTheChildItStartsWith() {
        assertEquals(Optional.of("nine"), rollup.childOf("/1/5/9/77/"));
        assertEquals(Optional.of("ten"), rollup.childOf("/1/5/10/"));
    }

    @Test
    void ninetyIsNotMistakenForNineOrTenForOne() {
        PathRollup<String> r = new PathRollup<>("/1/", Map.of("/1/9/", "nine", "/1/90/", "ninety"));
        assertEquals(Optional.of("ninety"), r.childOf("/1/90/3/"));
        assertEquals(Optional.of("nine"), r.childOf("/1/9/3/"));
    }

    @Test
    void theRootItselfBelongsToNoChild() {
        assertEquals(Optional.empty(), rollup.childOf("/1/5/"));
    }

    @Test
    void pathsOutsideTheSubtreeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> rollup.childOf("/1/6/9/"));
        assertThrows(IllegalArgumentException.class, () -> rollup.childOf("/1/5/11/"));
        assertThrows(IllegalArgumentException.class, () -> new PathRollup<>("/1/5/", Map.of("/1/6/", "x")));
    }

    @Test
    void ancestryListsEachLevelOutermostFirst() {
        assertEquals(List.of("/1/", "/1/5/", "/1/5/9/"), PathRollup.ancestry("/1/5/9/"));
        assertEquals(List.of("/1/"), PathRollup.ancestry("/1/"));
    }
}
