package cn.gongzhuling.academy.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongzhuling.academy.platform.boundary.ConfigKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {

    private static final int ITERATIONS = ConfigKeys.MIN_PASSWORD_ITERATIONS;
    private final PasswordHasher hasher = new PasswordHasher(ITERATIONS);

    @Test
    void theRightPasswordVerifiesAgainstItsHash() {
        String stored = hasher.hash("demo2026".toCharArray());

        assertTrue(hasher.verify("demo2026".toCharArray(), stored));
    }

    @Test
    void aWrongPasswordDoesNotVerify() {
        String stored = hasher.hash("demo2026".toCharArray());

        assertFalse(hasher.verify("demo2027".toCharArray(), stored));
        assertFalse(hasher.verify("Demo2026".toCharArray(), stored));
        assertFalse(hasher.verify("".toCharArray(), stored));
    }

    @Test
    void theHashRecordsAtLeastTheMinimumIterationsAndNeverThePassword() {
        String stored = hasher.hash("demo2026".toCharArray());

        assertTrue(ITERATIONS >= 210_000, "OWASP minimum for PBKDF2-HMAC-SHA256");
        assertEquals(ITERATIONS, PasswordHasher.iterationsOf(stored));
        assertTrue(stored.startsWith("PBKDF2-SHA256$" + ITERATIONS + "$"), stored);
        assertFalse(stored.contains("demo2026"));
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        String first = hasher.hash("demo2026".toCharArray());
        String second = hasher.hash("demo2026".toCharArray());

        assertNotEquals(first, second, "a random salt per hash");
        assertTrue(hasher.verify("demo2026".toCharArray(), first));
        assertTrue(hasher.verify("demo2026".toCharArray(), second));
    }

    @Test
    void aHashMadeWithFewerIterationsStillVerifiesButAsksForARehash() {
        String old = new PasswordHasher(1_000).hash("demo2026".toCharArray());

        assertTrue(hasher.verify("demo2026".toCharArray(), old));
        assertTrue(hasher.needsRehash(old));
        assertFalse(hasher.needsRehash(hasher.hash("demo2026".toCharArray())));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "demo2026",
            "PBKDF2-SHA256",
            "PBKDF2-SHA256$210000$c2FsdHNhbHRzYWx0c2FsdA==",
            "PBKDF2-SHA1$1000$c2FsdHNhbHRzYWx0c2FsdA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
            "PBKDF2-SHA256$many$c2FsdHNhbHRzYWx0c2FsdA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
            "PBKDF2-SHA256$0$c2FsdHNhbHRzYWx0c2FsdA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
            "PBKDF2-SHA256$-5$c2FsdHNhbHRzYWx0c2FsdA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
            "PBKDF2-SHA256$1000$not base64!$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
            "PBKDF2-SHA256$1000$$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
            "PBKDF2-SHA256$1000$c2FsdHNhbHRzYWx0c2FsdA==$",
            "PBKDF2-SHA256$1000$c2FsdHNhbHRzYWx0c2FsdA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
            "PBKDF2-SHA256$1000$c2FsdHNhbHRzYWx0c2FsdA==$AAAA$extra",
    })
    void aMalformedOrForeignStoredHashNeverVerifiesAndThrowsNothing(String stored) {
        assertFalse(hasher.verify("demo2026".toCharArray(), stored));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"demo2026", "PBKDF2-SHA256$many$a$b", "bcrypt$210000$a$b", "PBKDF2-SHA256$210000$a"})
    void iterationsOfSomethingThatIsNotOurHashIsZero(String stored) {
        assertEquals(0, PasswordHasher.iterationsOf(stored));
    }

    @Test
    void aHasherNeedsAtLeastOneIteration() {
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(0));
    }
}
