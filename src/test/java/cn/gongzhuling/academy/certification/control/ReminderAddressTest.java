package cn.gongzhuling.academy.certification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ReminderAddressTest {

    @Test
    void aPlainAddressIsKeptWithTheDomainInLowerCase() throws Exception {
        assertEquals(Optional.of("Zhang.San+cert@163.com"), ReminderAddress.normalise("  Zhang.San+cert@163.COM "));
        assertEquals(Optional.of("a@mail.gzl.gov.cn"), ReminderAddress.normalise("a@mail.gzl.gov.cn"));
        assertEquals(Optional.of("x@xn--fiqs8s.xn--fiqs8s"), ReminderAddress.normalise("x@xn--fiqs8s.xn--fiqs8s"));
    }

    @Test
    void blankMeansNoAddress() throws Exception {
        assertTrue(ReminderAddress.normalise(null).isEmpty());
        assertTrue(ReminderAddress.normalise("   ").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"zhangsan", "@163.com", "zhangsan@", "zhang san@163.com", "a@b", "a@localhost",
            "a..b@163.com", ".a@163.com", "a.@163.com", "a@-163.com", "a@163-.com", "a@163..com", "a@163.c",
            "a@163.123", "张三@163.com", "a@例子.中国", "<script>@x.cn", "\"a\"@163.com", "a@b@163.com",
            "Zhang San <a@163.com>", "a@163.com\r\nBcc: x@y.cn"})
    void malformedAddressesAreRefused(String input) {
        ReminderAddress.InvalidAddress e = assertThrows(ReminderAddress.InvalidAddress.class,
                () -> ReminderAddress.normalise(input), input);
        assertTrue(e.problem() == ReminderAddress.Problem.SYNTAX || e.problem() == ReminderAddress.Problem.MORE_THAN_ONE,
                input + ": " + e.problem());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@163.com, b@163.com", "a@163.com;b@163.com", "a@163.com b@163.com"})
    void aListIsRefusedAsMoreThanOne(String input) {
        assertEquals(ReminderAddress.Problem.MORE_THAN_ONE, assertThrows(ReminderAddress.InvalidAddress.class,
                () -> ReminderAddress.normalise(input)).problem());
    }

    @Test
    void lengthLimits() throws Exception {
        String domain = "@" + "d".repeat(60) + "." + "e".repeat(60) + "." + "f".repeat(60) + ".cn"; // 186
        String local = "l".repeat(64);
        String ok = local + domain;
        assertTrue(ok.length() <= ReminderAddress.MAX);
        assertEquals(Optional.of(ok), ReminderAddress.normalise(ok));
        assertEquals(ReminderAddress.Problem.SYNTAX, assertThrows(ReminderAddress.InvalidAddress.class,
                () -> ReminderAddress.normalise("l" + ok)).problem(), "local part over 64");
        String longOne = "a@" + ("b".repeat(60) + ".").repeat(5) + "cn";
        assertTrue(longOne.length() > ReminderAddress.MAX);
        assertEquals(ReminderAddress.Problem.TOO_LONG, assertThrows(ReminderAddress.InvalidAddress.class,
                () -> ReminderAddress.normalise(longOne)).problem());
    }
}
