package cn.gongzhuling.academy.bench.data;

import cn.gongzhuling.academy.bench.data.GenerationContext.Cadre;
import cn.gongzhuling.academy.bench.data.GenerationContext.Unit;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;

/**
 * Org units and people. Under the existing city (the demo seed's Gongzhuling, or a new one on an
 * empty database) it adds 6 streets per unit of scale, 4 communities per street and 6 grids per
 * community (174 units at scale 1, beside the demo's 44), and 10,000 cadres per unit of scale:
 * per community a secretary, two to four social workers and a volunteer coordinator, the rest
 * grid workers spread over the grids; 3 % are inactive.
 */
public final class OrganizationData implements FeatureData {

    static final int COMMUNITIES_PER_STREET = 4;
    static final int GRIDS_PER_COMMUNITY = 6;

    @Override
    public String name() {
        return "organization";
    }

    @Override
    public void generate(GenerationContext ctx) throws SQLException {
        Random random = ctx.random(name());
        ctx.city = city(ctx);
        int streetCount = ctx.scaled(6, 1);
        try (Batch units = ctx.batch("org_unit", "id, code, level, name_zh, name_en, parent_id, path, active, version")) {
            for (int s = 0; s < streetCount; s++) {
                String[] name = Names.STREETS[s % Names.STREETS.length];
                String suffix = s < Names.STREETS.length ? "" : String.valueOf(s / Names.STREETS.length + 1);
                Unit street = unit(ctx, units, ctx.city, String.format("B%02d", s + 1), "STREET",
                        name[0] + suffix + "街道", name[1] + suffix + " Street", 0);
                ctx.streets.add(street);
                for (int c = 0; c < COMMUNITIES_PER_STREET; c++) {
                    String[] cn = Names.COMMUNITIES[(s * COMMUNITIES_PER_STREET + c) % Names.COMMUNITIES.length];
                    Unit community = unit(ctx, units, street, street.code() + "-C" + (c + 1), "COMMUNITY",
                            name[0] + suffix + cn[0] + "社区", cn[1] + " Community (" + name[1] + suffix + ")", street.id());
                    ctx.communities.add(community);
                    for (int g = 0; g < GRIDS_PER_COMMUNITY; g++) {
                        ctx.grids.add(unit(ctx, units, community, community.code() + "-G" + (g + 1), "GRID",
                                name[0] + suffix + cn[0] + "社区第" + (g + 1) + "网格",
                                cn[1] + " " + (s + 1) + " Grid " + (g + 1), street.id()));
                    }
                }
            }
        }
        people(ctx, random);
    }

    private static Unit unit(GenerationContext ctx, Batch units, Unit parent, String code, String level, String zh,
                             String en, long streetId) throws SQLException {
        long id = ctx.nextId();
        String path = parent.path() + id + "/";
        units.row(id, code, level, zh, en, parent.id(), path, true, 0L);
        return new Unit(id, code, level, path, level.equals("STREET") ? id : streetId);
    }

    private static Unit city(GenerationContext ctx) throws SQLException {
        try (Statement s = ctx.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT id, code, path FROM org_unit WHERE parent_id IS NULL ORDER BY id")) {
            if (rs.next()) {
                return new Unit(rs.getLong(1), rs.getString(2), "CITY", rs.getString(3), 0);
            }
        }
        long id = ctx.nextId();
        try (Batch city = ctx.batch("org_unit", "id, code, level, name_zh, name_en, parent_id, path, active, version")) {
            city.row(id, "GZL", "CITY", "公主岭市", "Gongzhuling City", null, "/" + id + "/", true, 0L);
        }
        return new Unit(id, "GZL", "CITY", "/" + id + "/", 0);
    }

    private static void people(GenerationContext ctx, Random random) throws SQLException {
        int total = ctx.scaled(10_000, 50);
        int communities = ctx.communities.size();
        try (Batch people = ctx.batch("person",
                "id, staff_no, name_zh, name_en, phone, org_unit_id, position, active, version")) {
            int made = 0;
            int[] perCommunityStaff = new int[communities];
            for (int c = 0; c < communities && made < total; c++) {
                Unit community = ctx.communities.get(c);
                int staff = Math.min(total - made, 3 + random.nextInt(3));
                perCommunityStaff[c] = staff;
                for (int i = 0; i < staff; i++) {
                    String position = i == 0 ? "COMMUNITY_SECRETARY"
                            : i == staff - 1 && staff > 2 ? "VOLUNTEER_COORDINATOR" : "SOCIAL_WORKER";
                    person(ctx, people, random, ++made, community, position);
                }
            }
            while (made < total) {
                Unit grid = ctx.grids.get(random.nextInt(ctx.grids.size()));
                person(ctx, people, random, ++made, grid, "GRID_WORKER");
            }
        }
    }

    private static void person(GenerationContext ctx, Batch people, Random random, int n, Unit unit, String position)
            throws SQLException {
        long id = ctx.nextId();
        String[] name = Names.person(random);
        boolean active = random.nextInt(100) >= 3;
        String staffNo = String.format("B%06d", n);
        people.row(id, staffNo, name[0], name[1], String.format("138%08d", (n * 7919L) % 100_000_000L),
                unit.id(), position, active, 0L);
        ctx.cadres.add(new Cadre(id, staffNo, unit.id(), unit.streetId(), position, active));
    }
}
