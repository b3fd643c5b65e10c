package cn.gongzhuling.academy.field.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongzhuling.academy.field.entity.FieldKind;
import cn.gongzhuling.academy.field.entity.HandlingLevel;
import cn.gongzhuling.academy.field.entity.ProblemCategory;
import cn.gongzhuling.academy.field.entity.ProblemStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldRulesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 27, 10, 0);

    private static List<String> keys(FieldDraft d) {
        d.normalised();
        FieldRules.completeProblemDates(d, NOW.toLocalDate());
        return FieldRules.check(d, NOW).stream().map(p -> p.field() + ":" + p.key()).toList();
    }

    @Test
    void aVisitNeedsOnlyGridAndATimeNotInTheFuture() {
        assertEquals(List.of(), keys(new FieldDraft(FieldKind.HOUSEHOLD_VISIT, 1L, NOW.minusHours(1))));
        assertEquals(List.of(), keys(new FieldDraft(FieldKind.HOUSEHOLD_VISIT, 1L, NOW.plusMinutes(5))), "clock skew");
        assertEquals(List.of("occurred_at:field.error.future"),
                keys(new FieldDraft(FieldKind.HOUSEHOLD_VISIT, 1L, NOW.plusHours(2))));
        assertEquals(List.of("kind:field.error.kind", "grid:field.error.grid", "occurred_at:field.error.occurredAt"),
                keys(new FieldDraft(null, null, null)));
    }

    @Test
    void aProblemNeedsCategoryAndLevelAndItsDatesFollowTheStatus() {
        FieldDraft d = new FieldDraft(FieldKind.PROBLEM_FOUND, 1L, NOW.minusDays(3));
        assertEquals(List.of("category:field.error.category", "handling_level:field.error.handlingLevel"), keys(d));
        d.setCategory(ProblemCategory.LIVELIHOOD);
        d.setHandlingLevel(HandlingLevel.GRID);
        d.setStatus(ProblemStatus.RESOLVED);
        assertEquals(List.of(), keys(d));
        assertEquals(NOW.toLocalDate(), d.getClosedOn(), "resolved today");
        assertEquals(NOW.toLocalDate(), d.getStartedOn());
        d.setStartedOn(NOW.toLocalDate().minusDays(1));
        d.setClosedOn(LocalDate.of(2026, 11, 20));
        assertTrue(keys(d).contains("closed_on:field.error.problemDate"), "before it was found");
    }

    @Test
    void fieldsOfOtherKindsAreDroppedAndCountsChecked() {
        FieldDraft d = new FieldDraft(FieldKind.HOUSEHOLD_VISIT, 1L, NOW);
        d.setParties("A and B");
        d.setResidents(5);
        d.setNotes("   ");
        assertEquals(List.of(), keys(d));
        assertNull(d.getParties());
        assertNull(d.getResidents());
        assertNull(d.getNotes());
        FieldDraft taught = new FieldDraft(FieldKind.FIRST_AID_TAUGHT, 1L, NOW);
        taught.setResidents(0);
        assertEquals(List.of("residents:field.error.count"), keys(taught));
        FieldDraft mediation = new FieldDraft(FieldKind.DISPUTE_MEDIATED, 1L, NOW);
        assertEquals(List.of("parties:field.error.parties", "agreement:field.error.agreement"), keys(mediation));
    }

    @Test
    void everyKindHasAPublishedVerbAndBack() {
        for (FieldKind kind : FieldKind.values()) {
            assertEquals(kind, XapiVerbs.kind(XapiVerbs.verb(kind)).orElseThrow());
        }
        assertTrue(XapiVerbs.kind("http://adlnet.gov/expapi/verbs/completed").isEmpty());
    }
}
