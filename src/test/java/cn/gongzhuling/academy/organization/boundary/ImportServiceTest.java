package cn.gongzhuling.academy.organization.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.gongzhuling.academy.platform.boundary.AppConfig;
import cn.gongzhuling.academy.security.boundary.Caller;
import cn.gongzhuling.academy.security.boundary.CurrentUser;
import cn.gongzhuling.academy.security.boundary.NotInScopeException;
import cn.gongzhuling.academy.security.entity.Role;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checks ImportService makes before it touches the database: role, size, encoding. */
class ImportServiceTest {

    private static final Caller ORGANIZER = new Caller("organizer.tiebei", 1L, null, EnumSet.of(Role.ORGANIZER),
            Map.of(Role.ORGANIZER, List.of("/1000/1050/")));
    private static final Caller TRAINEE = new Caller("trainee", 2L, null, EnumSet.of(Role.TRAINEE), Map.of());
    private static final Caller ADMIN = new Caller("admin", 3L, null, EnumSet.of(Role.ADMIN), Map.of());

    private static ImportService service(Caller caller, long maxBytes) {
        ImportService service = new ImportService();
        service.currentUser = new CurrentUser() {
            @Override
            public Caller get() {
                return caller;
            }
        };
        service.config = new AppConfig() {
            @Override
            public long csvMaxBytes() {
                return maxBytes;
            }
        };
        return service;
    }

    private static ByteArrayInputStream bytes(int size) {
        return new ByteArrayInputStream(new byte[size]);
    }

    @Test
    void onlyAdminsImportUnits() {
        assertThrows(NotInScopeException.class,
                () -> service(ORGANIZER, 100).importUnits(bytes(10), Locale.ENGLISH));
    }

    @Test
    void traineesImportNothing() {
        assertThrows(NotInScopeException.class,
                () -> service(TRAINEE, 100).importPeople(bytes(10), Locale.ENGLISH));
    }

    @Test
    void tooLargeFileNamesTheLimitInMegabytes() {
        long limit = 5L * 1024 * 1024;
        ImportResult result = service(ORGANIZER, limit).importPeople(bytes((int) limit + 1), Locale.ENGLISH);
        assertFalse(result.ok());
        assertEquals(List.of(new ImportProblem(0, "", "The file is too large (limit 5 MB).")), result.problems());
        ImportResult zh = service(ADMIN, 1536 * 1024).importUnits(bytes(2 * 1024 * 1024), Locale.SIMPLIFIED_CHINESE);
        assertEquals("文件太大（上限 1.5 MB）。", zh.problems().get(0).message());
    }

    @Test
    void nonUtf8FileIsRefusedWithItsLine() {
        byte[] gbk = "staff_no,name_zh,name_en,phone,unit_code,position\nA1,张三,San,,X,GRID_WORKER\n"
                .getBytes(Charset.forName("GBK"));
        ImportResult result = service(ORGANIZER, 1000).importPeople(new ByteArrayInputStream(gbk), Locale.ENGLISH);
        assertEquals(1, result.errorCount());
        assertEquals(2, result.problems().get(0).line());
        assertEquals("The file is not UTF-8 (near line 2). In Excel use \"Save as CSV UTF-8\".",
                result.problems().get(0).message());
    }

    @Test
    void emptyFileAndWrongHeaderAreWordedInTheUsersLanguage() {
        ImportResult empty = service(ADMIN, 1000).importPeople(bytes(0), Locale.SIMPLIFIED_CHINESE);
        assertEquals("文件是空的。", empty.problems().get(0).message());
        ImportResult header = service(ADMIN, 1000).importUnits(
                new ByteArrayInputStream("code,name_zh,name_en\nA,甲,A\n".getBytes()), Locale.ENGLISH);
        assertEquals("Wrong header: column parent_code is missing.", header.problems().get(0).message());
        assertEquals("parent_code", header.problems().get(0).field());
    }
}
