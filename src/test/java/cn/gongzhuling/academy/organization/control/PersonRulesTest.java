package cn.gongzhuling.academy.organization.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.gongzhuling.academy.organization.entity.Person;
import cn.gongzhuling.academy.organization.entity.Position;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonRulesTest {

    private static PersonDraft valid() {
        PersonDraft draft = new PersonDraft();
        draft.setStaffNo("GZL00001");
        draft.setNameZh("王丽");
        draft.setNameEn("Li Wang");
        draft.setPhone("13943007919");
        draft.setPosition(Position.GRID_WORKER);
        draft.setUnitId(1000L);
        return draft;
    }

    /** Field name to message key of every error. */
    private static Map<String, String> errors(PersonDraft draft) {
        return PersonRules.check(draft).stream().collect(Collectors.toMap(FieldError::field, FieldError::key));
    }

    @Test
    void aCompleteDraftHasNoErrors() {
        assertEquals(List.of(), PersonRules.check(valid()));
    }

    @Test
    void thePhoneIsOptional() {
        PersonDraft draft = valid();
        draft.setPhone("  ");

        assertNull(draft.getPhone(), "blank is no phone");
        assertEquals(List.of(), PersonRules.check(draft));
    }

    @Test
    void anEmptyDraftNamesEveryRequiredField() {
        assertEquals(Map.of(
                "staffNo", "validation.required",
                "nameZh", "validation.required",
                "nameEn", "validation.required",
                "position", "validation.required",
                "unit", "validation.required"), errors(new PersonDraft()));
    }

    @Test
    void blankTextCountsAsMissingAndSurroundingSpaceIsTrimmed() {
        PersonDraft draft = valid();
        draft.setNameZh("   ");
        draft.setStaffNo("  GZL00002 ");

        assertEquals(Map.of("nameZh", "validation.required"), errors(draft));
        assertEquals("GZL00002", draft.getStaffNo());
    }

    @ParameterizedTest
    @ValueSource(strings = {"GZL 001", "工号001", "-GZL", "GZL/1", "GZL.1"})
    void aStaffNumberIsLettersDigitsUnderscoreAndHyphen(String staffNo) {
        PersonDraft draft = valid();
        draft.setStaffNo(staffNo);

        assertEquals(Map.of("staffNo", "validation.pattern.staffNo"), errors(draft));
    }

    @Test
    void tooLongTextSaysHowLongItMayBe() {
        PersonDraft draft = valid();
        draft.setStaffNo("G".repeat(Person.STAFF_NO_MAX + 1));
        draft.setNameZh("王".repeat(Person.NAME_ZH_MAX + 1));
        draft.setNameEn("a".repeat(Person.NAME_EN_MAX));

        List<FieldError> errors = PersonRules.check(draft);

        assertEquals(2, errors.size(), errors.toString());
        assertEquals("validation.tooLong", errors.get(0).key());
        assertArrayEquals(new Object[] {Person.STAFF_NO_MAX}, errors.get(0).args());
        assertEquals("nameZh", errors.get(1).field());
        assertArrayEquals(new Object[] {Person.NAME_ZH_MAX}, errors.get(1).args());
    }

    @Test
    void controlCharactersInANameAreRefused() {
        PersonDraft draft = valid();
        draft.setNameEn("Li\tWang");

        assertEquals(Map.of("nameEn", "validation.controlChars"), errors(draft));
    }

    @ParameterizedTest
    @ValueSource(strings = {"13943007919", "19912345678", "0434-1234567", "04341234567", "010-12345678"})
    void mobileAndLandlineNumbersAreAccepted(String phone) {
        PersonDraft draft = valid();
        draft.setPhone(phone);

        assertEquals(List.of(), PersonRules.check(draft));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "12943007919", "1394300791", "139430079190", "+8613943007919", "139-4300-7919", "abc"})
    void aMalformedPhoneIsRefused(String phone) {
        PersonDraft draft = valid();
        draft.setPhone(phone);

        assertEquals(Map.of("phone", "validation.phone"), errors(draft));
    }
}
