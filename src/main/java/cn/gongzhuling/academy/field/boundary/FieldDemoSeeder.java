package cn.gongzhuling.academy.field.boundary;

import cn.gongzhuling.academy.field.control.FieldDraft;
import cn.gongzhuling.academy.field.entity.FieldKind;
import cn.gongzhuling.academy.field.entity.FieldTask;
import cn.gongzhuling.academy.field.entity.HandlingLevel;
import cn.gongzhuling.academy.field.entity.ProblemCategory;
import cn.gongzhuling.academy.field.entity.ProblemStatus;
import cn.gongzhuling.academy.field.entity.RecordSource;
import cn.gongzhuling.academy.organization.entity.OrgLevel;
import cn.gongzhuling.academy.organization.entity.OrgUnit;
import cn.gongzhuling.academy.organization.entity.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;

/**
 * Demo field work: four months of believable records by the grid workers of Tiebei Street
 * (Dongfeng and Dongwa communities, the demo trainee among them), a few hundred rows, and one
 * open mediation task. Deterministic; called once by the demo seeder, in its transaction.
 */
@ApplicationScoped
public class FieldDemoSeeder {

    private static final String[] VISIT_NOTES = {
        "入户唠家常，了解独居老人近况，身体尚好。", "走访低保户，核实家庭人口和收入变化。",
        "与新搬入住户见面，留下网格员联系方式。", "回访上周反映楼道照明问题的住户，已修复。",
        "了解居民对小区停车管理的意见。", "走访残疾人家庭，登记助残需求。",
    };
    private static final String[] PROBLEMS = {
        "3 号楼楼道灯不亮", "小区北门路面塌陷", "居民反映供暖温度偏低", "楼顶防水层破损漏雨",
        "电动车在楼道内充电，存在火灾隐患", "垃圾清运不及时",
    };
    private static final String[] PLACES = {"1 号楼 2 单元", "3 号楼", "小区北门", "社区活动室", "5 号楼 1 单元", "小区广场"};

    @PersistenceContext
    EntityManager em;

    @Inject
    FieldRecordService records;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public int seed() {
        List<Person> cadres = em.createQuery("select p from Person p join fetch p.orgUnit u where u.level = :g "
                + "and (u.code like 'DONGFENG-%' or u.code like 'DONGWA-%') order by p.staffNo", Person.class)
                .setParameter("g", OrgLevel.GRID).getResultList();
        Random random = new Random(20261127L);
        LocalDateTime now = LocalDateTime.now(clock).withSecond(0).withNano(0);
        int count = 0;
        for (Person cadre : cadres) {
            int records = 10 + random.nextInt(12);
            for (int i = 0; i < records; i++) {
                LocalDateTime when = now.minusDays(1 + random.nextInt(120)).withHour(8 + random.nextInt(10))
                        .withMinute(random.nextInt(4) * 15);
                this.records.save(cadre, draft(cadre, when, random, now), RecordSource.FORM, null, "demo", null, null);
                count++;
            }
        }
        OrgUnit grid = em.createQuery("select u from OrgUnit u where u.code = 'DONGFENG-G1'", OrgUnit.class).getSingleResult();
        em.persist(new FieldTask("东风小区 302 与 402 住户漏水纠纷", "楼上卫生间漏水渗到楼下，双方多次争吵，需上门调解。",
                FieldKind.DISPUTE_MEDIATED, "MEDIATION", grid, now.toLocalDate().plusDays(7), now, "demo"));
        return count;
    }

    private FieldDraft draft(Person cadre, LocalDateTime when, Random random, LocalDateTime now) {
        int roll = random.nextInt(100);
        FieldKind kind = roll < 50 ? FieldKind.HOUSEHOLD_VISIT : roll < 70 ? FieldKind.PROBLEM_FOUND
                : roll < 78 ? FieldKind.DISPUTE_MEDIATED : roll < 83 ? FieldKind.FIRST_AID_TAUGHT
                : roll < 86 ? FieldKind.FIRST_AID_RESPONSE : roll < 93 ? FieldKind.HEALTH_SERVICE : FieldKind.VOLUNTEER_PROJECT;
        FieldDraft d = new FieldDraft(kind, cadre.getOrgUnit().getId(), when);
        d.setPlace(PLACES[random.nextInt(PLACES.length)]);
        switch (kind) {
            case HOUSEHOLD_VISIT -> d.setNotes(VISIT_NOTES[random.nextInt(VISIT_NOTES.length)]);
            case PROBLEM_FOUND -> {
                d.setNotes(PROBLEMS[random.nextInt(PROBLEMS.length)]);
                d.setCategory(ProblemCategory.values()[random.nextInt(ProblemCategory.values().length)]);
                d.setHandlingLevel(HandlingLevel.values()[random.nextInt(HandlingLevel.values().length)]);
                int s = random.nextInt(10);
                long age = java.time.temporal.ChronoUnit.DAYS.between(when.toLocalDate(), now.toLocalDate());
                if (s >= 2 && age >= 2) {
                    d.setStatus(s < 4 ? ProblemStatus.IN_PROGRESS : s < 9 ? ProblemStatus.RESOLVED : ProblemStatus.ESCALATED);
                    d.setStartedOn(when.toLocalDate().plusDays(1));
                    if (d.getStatus() != ProblemStatus.IN_PROGRESS) {
                        d.setClosedOn(when.toLocalDate().plusDays(1 + random.nextInt((int) Math.min(age - 1, 10))));
                    }
                }
            }
            case DISPUTE_MEDIATED -> {
                d.setParties("邻居" + "王李张刘陈".charAt(random.nextInt(5)) + "某与" + "赵孙周吴郑".charAt(random.nextInt(5)) + "某");
                boolean agreed = random.nextInt(10) < 7;
                d.setAgreementReached(agreed);
                d.setOutcome(agreed ? "双方达成口头协议，一周后回访。" : "双方分歧较大，转社区调委会继续调解。");
            }
            case FIRST_AID_TAUGHT -> d.setResidents(8 + random.nextInt(25));
            case FIRST_AID_RESPONSE -> d.setNotes("居民在小区晕倒，现场初步处置并拨打 120。");
            case HEALTH_SERVICE -> {
                d.setResidents(5 + random.nextInt(40));
                d.setNotes("组织老年人测血压、血糖。");
            }
            case VOLUNTEER_PROJECT -> {
                d.setVolunteers(3 + random.nextInt(12));
                d.setResidents(10 + random.nextInt(60));
                d.setNotes("志愿者清理楼道杂物。");
            }
        }
        return d;
    }
}
