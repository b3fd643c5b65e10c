package cn.gongzhuling.academy.bench.data;

import cn.gongzhuling.academy.bench.data.GenerationContext.Cadre;
import cn.gongzhuling.academy.bench.data.GenerationContext.Held;
import cn.gongzhuling.academy.bench.data.GenerationContext.Unit;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Field records (V6) over the 24 months up to the anchor, about 1,000,000 per unit of scale, all
 * seven kinds with their own columns, each in a grid of the cadre's community (grid workers mostly
 * their own grid). The pattern the impact report looks for: after a cadre's first valid
 * ACTIVE_GOVERNANCE certificate they visit about 45 % more households, find more problems and
 * resolve them sooner (median about 6 days instead of 12, fewer escalated); a MEDIATION certificate
 * raises the share of mediations with an agreement, CPR / FIRST_AID more first-aid teaching. The
 * skills each kind uses come from field_kind_skill and the certified-then fact per skill is stored
 * in field_record_skill, as FieldRecordService does on saving. One household visit in 50 came in as
 * an xAPI statement (source XAPI, external id xapi:&lt;statement id&gt;); {@link XapiData} writes
 * those statements.
 */
public final class FieldData implements FeatureData {

    static final int RECORDS_AT_SCALE_ONE = 1_000_000;
    static final int MONTHS = 24;
    static final String AG = "ACTIVE_GOVERNANCE";
    static final String[] KINDS = {"HOUSEHOLD_VISIT", "PROBLEM_FOUND", "DISPUTE_MEDIATED", "FIRST_AID_TAUGHT",
            "FIRST_AID_RESPONSE", "HEALTH_SERVICE", "VOLUNTEER_PROJECT"};
    /** Share of each kind (per mille) before any certificate. */
    static final int[] WEIGHTS = {560, 190, 60, 35, 15, 90, 50};
    static final String[] PLACES = {"居民家中", "小区楼道", "社区活动室", "网格服务站", "小区广场", "社区卫生服务站"};
    static final String[] CATEGORIES = {"LIVELIHOOD", "ENGINEERING", "SAFETY", "OTHER"};
    static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄"};

    @Override
    public String name() {
        return "field";
    }

    @Override
    public void generate(GenerationContext ctx) throws SQLException {
        Random random = ctx.random(name());
        Map<String, List<String>> kindSkills = kindSkills(ctx);
        Map<Long, Unit> units = new HashMap<>();
        Map<String, List<Unit>> gridsOfCommunity = new HashMap<>();
        for (Unit c : ctx.communities()) {
            units.put(c.id(), c);
            gridsOfCommunity.put(c.path(), new ArrayList<>());
        }
        for (Unit g : ctx.grids()) {
            units.put(g.id(), g);
            String community = g.path().substring(0, g.path().lastIndexOf('/', g.path().length() - 2) + 1);
            gridsOfCommunity.computeIfAbsent(community, k -> new ArrayList<>()).add(g);
        }
        List<Cadre> cadres = ctx.cadres().stream().filter(Cadre::active).toList();
        YearMonth last = YearMonth.from(ctx.anchor());
        YearMonth first = last.minusMonths(MONTHS - 1);
        LocalDate today = ctx.anchor().toLocalDate();
        // how busy each cadre is, then the base rate per cadre-month that gives the wanted total
        double[] energy = new double[cadres.size()];
        double weight = 0;
        for (int i = 0; i < cadres.size(); i++) {
            Unit unit = units.get(cadres.get(i).unitId());
            energy[i] = (unit != null && unit.level().equals("GRID") ? 1.15 : 0.7) * (0.5 + random.nextDouble());
            LocalDate agSince = firstValid(ctx.held.getOrDefault(cadres.get(i).id(), List.of()), AG);
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                weight += energy[i] * multiplier(agSince, m) * share(m, last, today);
            }
        }
        double base = ctx.scaled(RECORDS_AT_SCALE_ONE, 1000) / Math.max(1, weight);
        try (Batch records = ctx.batch("field_record", "id, kind, person_id, grid_id, grid_path, occurred_at, place, "
                + "notes, problem_category, handling_level, problem_status, started_on, closed_on, parties, outcome, "
                + "agreement_reached, residents_count, volunteers_count, external_id, source, recorded_at, "
                + "recorded_by, version");
             Batch skills = ctx.batch("field_record_skill", "record_id, skill_code, certified")) {
            skills.after(records);
            for (int i = 0; i < cadres.size(); i++) {
                Cadre cadre = cadres.get(i);
                Unit unit = units.get(cadre.unitId());
                if (unit == null) {
                    continue;
                }
                boolean gridWorker = unit.level().equals("GRID");
                String communityPath = gridWorker
                        ? unit.path().substring(0, unit.path().lastIndexOf('/', unit.path().length() - 2) + 1)
                        : unit.path();
                List<Unit> grids = gridsOfCommunity.getOrDefault(communityPath, List.of());
                if (grids.isEmpty()) {
                    continue;
                }
                List<Held> held = ctx.held.getOrDefault(cadre.id(), List.of());
                LocalDate agSince = firstValid(held, AG);
                for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                    int days = m.equals(last) ? today.getDayOfMonth() : m.lengthOfMonth();
                    boolean after = multiplier(agSince, m) > 1;
                    double expected = base * energy[i] * multiplier(agSince, m) * share(m, last, today);
                    int n = (int) Math.floor(expected * (0.6 + 0.8 * random.nextDouble()) + random.nextDouble());
                    for (int r = 0; r < n; r++) {
                        LocalDateTime at = m.atDay(1 + random.nextInt(days)).atTime(8 + random.nextInt(11),
                                random.nextInt(60));
                        if (!at.isBefore(ctx.anchor())) {
                            at = ctx.anchor().minusMinutes(30 + random.nextInt(600));
                        }
                        Unit grid = gridWorker && random.nextInt(10) < 8 ? unit : grids.get(random.nextInt(grids.size()));
                        record(ctx, records, skills, random, kindSkills, cadre, grid, held, at, after);
                    }
                }
            }
        }
    }

    private static void record(GenerationContext ctx, Batch records, Batch skills, Random random,
                               Map<String, List<String>> kindSkills, Cadre cadre, Unit grid, List<Held> held,
                               LocalDateTime at, boolean agAfter) throws SQLException {
        LocalDate day = at.toLocalDate();
        LocalDate today = ctx.anchor().toLocalDate();
        String kind = kind(random, agAfter, valid(held, "MEDIATION", day), valid(held, "CPR", day));
        long id = ctx.nextId();
        String category = null;
        String level = null;
        String status = null;
        LocalDate started = null;
        LocalDate closed = null;
        String parties = null;
        String outcome = null;
        Boolean agreement = null;
        Integer residents = null;
        Integer volunteers = null;
        switch (kind) {
            case "PROBLEM_FOUND" -> {
                category = CATEGORIES[random.nextInt(CATEGORIES.length)];
                int l = random.nextInt(10);
                level = l < 6 ? "GRID" : l < 9 ? "COMMUNITY" : "STREET";
                started = day;
                int u = random.nextInt(100);
                boolean escalate = u < (agAfter ? 5 : 10);
                boolean resolve = !escalate && u < (agAfter ? 92 : 82);
                if (escalate || resolve) {
                    // days to close: roughly exponential around 12 days before, 6 after the certificate
                    double mean = agAfter ? 6.5 : 12.5;
                    int d = (int) Math.round(-mean * Math.log(1 - random.nextDouble() * 0.98));
                    closed = day.plusDays(Math.max(0, Math.min(d, 120)));
                }
                if (closed != null && closed.isAfter(today)) {
                    closed = null;
                }
                status = closed == null ? (random.nextBoolean() ? "IN_PROGRESS" : "OPEN") : escalate ? "ESCALATED"
                        : "RESOLVED";
                if ("OPEN".equals(status)) {
                    started = null;
                }
            }
            case "DISPUTE_MEDIATED" -> {
                parties = SURNAMES[random.nextInt(SURNAMES.length)] + "某与" + SURNAMES[random.nextInt(SURNAMES.length)]
                        + "某（邻里纠纷）";
                agreement = random.nextInt(100) < (valid(held, "MEDIATION", day) ? 82 : 64);
                outcome = agreement ? "双方达成调解协议，当场签字。" : "未达成一致，已告知司法途径。";
            }
            case "FIRST_AID_TAUGHT" -> residents = 5 + random.nextInt(26);
            case "HEALTH_SERVICE" -> residents = random.nextInt(41);
            case "VOLUNTEER_PROJECT" -> {
                volunteers = 2 + random.nextInt(14);
                residents = 10 + random.nextInt(111);
            }
            default -> {
            }
        }
        LocalDateTime recorded = at.plusMinutes(5 + random.nextInt(180));
        if (recorded.isAfter(ctx.anchor())) {
            recorded = ctx.anchor();
        }
        String externalId = null;
        String source = "FORM";
        if (kind.equals("HOUSEHOLD_VISIT") && random.nextInt(50) == 0) {
            byte[] seed = new byte[16];
            random.nextBytes(seed);
            String statement = UUID.nameUUIDFromBytes(seed).toString();
            externalId = "xapi:" + statement;
            source = "XAPI";
            ctx.statements.add(new GenerationContext.Statement(statement, id, cadre.staffNo(), grid.code(), at,
                    recorded));
        }
        records.row(id, kind, cadre.id(), grid.id(), grid.path(), at, PLACES[random.nextInt(PLACES.length)], null,
                category, level, status, started, closed, parties, outcome, agreement, residents, volunteers,
                externalId, source, recorded, source.equals("XAPI") ? XapiData.CLIENT : cadre.staffNo(), 0L);
        for (String skill : kindSkills.getOrDefault(kind, List.of())) {
            skills.row(id, skill, valid(held, skill, day));
        }
    }

    /** Visits grow by 45 % from the month after the first ACTIVE_GOVERNANCE certificate. */
    private static double multiplier(LocalDate agSince, YearMonth m) {
        return agSince != null && YearMonth.from(agSince).isBefore(m) ? 1.45 : 1.0;
    }

    /** The share of the month that has passed (the anchor's month is partial). */
    private static double share(YearMonth m, YearMonth last, LocalDate today) {
        return m.equals(last) ? today.getDayOfMonth() / (double) m.lengthOfMonth() : 1.0;
    }

    private static String kind(Random random, boolean agAfter, boolean mediator, boolean cpr) {
        int[] w = WEIGHTS.clone();
        if (agAfter) {
            w[1] += 40; // more problems found on the extra visits
        }
        if (mediator) {
            w[2] *= 2;
        }
        if (cpr) {
            w[3] *= 2;
            w[4] *= 2;
        }
        int total = 0;
        for (int x : w) {
            total += x;
        }
        int r = random.nextInt(total);
        for (int k = 0; k < w.length; k++) {
            r -= w[k];
            if (r < 0) {
                return KINDS[k];
            }
        }
        return KINDS[0];
    }

    private static boolean valid(List<Held> held, String skill, LocalDate day) {
        for (Held h : held) {
            if (h.validOn(skill, day)) {
                return true;
            }
        }
        return false;
    }

    /** The first issue day of a certificate for the skill that was never revoked (as the impact report counts). */
    private static LocalDate firstValid(List<Held> held, String skill) {
        LocalDate first = null;
        for (Held h : held) {
            if (h.skills().contains(skill) && h.revokedOn() == null && (first == null || h.issuedOn().isBefore(first))) {
                first = h.issuedOn();
            }
        }
        return first;
    }

    private static Map<String, List<String>> kindSkills(GenerationContext ctx) throws SQLException {
        Map<String, List<String>> map = new HashMap<>();
        try (Statement s = ctx.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT kind, skill_code FROM field_kind_skill ORDER BY kind, skill_code")) {
            while (rs.next()) {
                map.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return map;
    }
}
