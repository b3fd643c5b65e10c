package cn.gongzhuling.academy.reporting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ImpactFiguresTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private final MonthRange year = MonthRange.parse("2026-01", "2026-11", TODAY);

    @Test
    void aCadreCertifiedInAprilHasThreeMonthsBeforeAndSevenAfterAndAprilCountsNowhere() {
        ImpactFigures f = new ImpactFigures(year);
        f.addCadre(YearMonth.of(2026, 4));

        assertEquals(3, f.getBefore().getCadreMonths());
        assertEquals(7, f.getAfter().getCadreMonths());
        assertEquals(1, f.getBefore().getCadres());
        assertEquals(7, f.getCertified().getCadreMonths());
        assertEquals(3, f.getNotYet().getCadreMonths());
    }

    @Test
    void cadresCertifiedBeforeThePeriodOrNeverOnlyTakePartInTheAcrossComparison() {
        ImpactFigures f = new ImpactFigures(year);
        f.addCadre(YearMonth.of(2024, 6));
        f.addCadre(null);

        assertEquals(0, f.getBefore().getCadreMonths());
        assertEquals(0, f.getAfter().getCadreMonths());
        assertEquals(11, f.getCertified().getCadreMonths());
        assertEquals(11, f.getNotYet().getCadreMonths());
        assertEquals(1, f.getNotYet().getCadres());
    }

    @Test
    void cadresFirstCertifiedInTheSameMonthCountAsOneGroup() {
        ImpactFigures f = new ImpactFigures(year);
        f.addCadres(YearMonth.of(2026, 4), 40);
        f.addCadres(null, 0);

        assertEquals(40, f.getBefore().getCadres());
        assertEquals(120, f.getBefore().getCadreMonths());
        assertEquals(280, f.getAfter().getCadreMonths());
        assertEquals(40, f.getNotYet().getCadres(), "nobody never certified was added");
    }

    @Test
    void recordsGoWhereTheirCadreMonthsAre() {
        ImpactFigures f = new ImpactFigures(year);
        f.addCadre(YearMonth.of(2026, 4));
        f.addRecords(Phase.BEFORE, true, 6, 3, 1, 0, 0);
        f.addRecords(Phase.AFTER, true, 21, 14, 7, 2, 30);
        f.addRecords(Phase.TRANSITION, true, 100, 100, 100, 100, 100);

        assertEquals(2.0, f.getBefore().getVisitsRate());
        assertEquals(3.0, f.getAfter().getVisitsRate());
        assertEquals(21, f.getCertified().getVisits());
        assertEquals(6, f.getNotYet().getVisits(), "months before certification are not-yet-certified months");
        assertNull(new Outcomes().getVisitsRate(), "no cadre-months: no rate, not zero");
    }

    @Test
    void theMedianOfDaysToResolveComesFromTheDistribution() {
        Outcomes o = new Outcomes();
        o.addDaysToResolve(2, 3);
        o.addDaysToResolve(10, 1);
        assertEquals(2.0, o.getMedianDaysToResolve());
        o.addDaysToResolve(10, 2);
        assertEquals(6.0, o.getMedianDaysToResolve(), "even count: the mean of the two middle values");
        assertEquals(6, o.getResolvedWithDates());
        assertNull(new Outcomes().getMedianDaysToResolve());
    }

    @Test
    void badPeriodsAreRefusedWithAReason() {
        assertEquals("impact.error.reversed", reason("2026-05", "2026-01"));
        assertEquals("impact.error.tooLong", reason("1976-01", "2026-01"));
        assertEquals("impact.error.future", reason("2026-01", "2027-01"));
        assertEquals("impact.error.missing", reason("", "2026-01"));
        assertEquals("impact.error.format", reason("2026-13", "2026-01"));
        assertEquals(11, year.months());
        assertEquals(LocalDate.of(2026, 12, 1), year.endExclusive());
        assertEquals(12, MonthRange.lastMonths(12, TODAY).months());
    }

    private static String reason(String from, String to) {
        return assertThrows(MonthRange.Invalid.class, () -> MonthRange.parse(from, to, TODAY)).key();
    }
}
