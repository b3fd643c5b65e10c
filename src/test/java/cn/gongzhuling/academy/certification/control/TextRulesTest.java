package cn.gongzhuling.academy.certification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextRulesTest {

    @Test
    void namesAreMaskedSoThePersonCanBeMatchedButNotCollected() {
        assertEquals("张*明", NameMask.mask("张晓明"));
        assertEquals("张*", NameMask.mask("张三"));
        assertEquals("欧**明", NameMask.mask("欧阳晓明"));
        assertEquals("*", NameMask.mask("张"));
        assertEquals("X******* Z****", NameMask.mask("Xiaoming Zhang"));
        assertEquals("*", NameMask.mask(" "));
    }

    @Test
    void codesCarry256RandomBitsUrlSafeAndAreNeverRepeated() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = VerificationCodes.generate();
            assertEquals(43, code.length());
            assertTrue(VerificationCodes.wellFormed(code), code);
            assertTrue(seen.add(code));
        }
        assertFalse(VerificationCodes.wellFormed("abc"));
        assertFalse(VerificationCodes.wellFormed("<script>alert(1)</script>aaaaaaaaaaaaaaaaaaaa"));
        assertEquals(64, VerificationCodes.hash("x").length());
        assertNotEquals(VerificationCodes.hash("a"), VerificationCodes.hash("b"));
        assertEquals("GZL-CPR-FA-2026-001000", VerificationCodes.serial("GZL", "CPR-FA", 2026, 1000));
    }
}
