package cn.gongzhuling.academy.organization.control;

import cn.gongzhuling.academy.organization.entity.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The demo world: Gongzhuling city with the streets and communities of the
 * seed article, 2-4 grids per community and about 200 fictional cadres.
 * Deterministic (fixed seed), so every fresh install looks the same.
 */
public final class DemoOrganization {

    public record Unit(String code, String nameZh, String nameEn, List<Unit> children) {
    }

    public record Cadre(String staffNo, String nameZh, String nameEn, String phone, String unitCode,
                        Position position) {
    }

    private static final String[][] STREETS = {
            {"HEBEI", "河北街道", "Hebei Street"},
            {"TIEBEI", "铁北街道", "Tiebei Street"},
            {"HENAN", "河南街道", "Henan Street"},
    };
    private static final String[][] COMMUNITIES = {
            {"HEBEI", "JINGHUA", "京华社区", "Jinghua Community"},
            {"HEBEI", "JINRONG", "金融社区", "Jinrong Community"},
            {"TIEBEI", "DONGWA", "东洼社区", "Dongwa Community"},
            {"TIEBEI", "DONGFENG", "东风社区", "Dongfeng Community"},
            {"HENAN", "SHUGUANG", "曙光社区", "Shuguang Community"},
            {"HENAN", "YONGHONG", "永红社区", "Yonghong Community"},
            {"HENAN", "YONGSHENG", "永盛社区", "Yongsheng Community"},
            {"HENAN", "YONGXING", "永兴社区", "Yongxing Community"},
            {"HENAN", "ZHENGYANG", "正阳社区", "Zhengyang Community"},
            {"HENAN", "YANGGUANG", "阳光社区", "Yangguang Community"},
    };
    private static final String[][] SURNAMES = {
            {"王", "Wang"}, {"李", "Li"}, {"张", "Zhang"}, {"刘", "Liu"}, {"陈", "Chen"}, {"杨", "Yang"},
            {"赵", "Zhao"}, {"黄", "Huang"}, {"周", "Zhou"}, {"吴", "Wu"}, {"徐", "Xu"}, {"孙", "Sun"},
            {"马", "Ma"}, {"朱", "Zhu"}, {"胡", "Hu"}, {"郭", "Guo"}, {"何", "He"}, {"高", "Gao"},
            {"林", "Lin"}, {"于", "Yu"}, {"韩", "Han"}, {"姜", "Jiang"}, {"崔", "Cui"}, {"宋", "Song"},
    };
    private static final String[][] GIVEN = {
            {"丽", "li"}, {"伟", "wei"}, {"芳", "fang"}, {"秀", "xiu"}, {"敏", "min"}, {"静", "jing"},
            {"强", "qiang"}, {"磊", "lei"}, {"洋", "yang"}, {"艳", "yan"}, {"勇", "yong"}, {"军", "jun"},
            {"杰", "jie"}, {"娟", "juan"}, {"涛", "tao"}, {"明", "ming"}, {"超", "chao"}, {"霞", "xia"},
            {"平", "ping"}, {"刚", "gang"}, {"桂", "gui"}, {"红", "hong"}, {"春", "chun"}, {"雪", "xue"},
            {"志", "zhi"}, {"海", "hai"}, {"玉", "yu"}, {"文", "wen"}, {"东", "dong"}, {"宁", "ning"},
    };

    private DemoOrganization() {
    }

    public static Unit city() {
        List<Unit> streets = new ArrayList<>();
        Random random = new Random(20261127L);
        for (String[] s : STREETS) {
            List<Unit> communities = new ArrayList<>();
            for (String[] c : COMMUNITIES) {
                if (!c[0].equals(s[0])) {
                    continue;
                }
                List<Unit> grids = new ArrayList<>();
                int gridCount = 2 + random.nextInt(3);
                for (int g = 1; g <= gridCount; g++) {
                    grids.add(new Unit(c[1] + "-G" + g, c[2] + "第" + chineseNumber(g) + "网格",
                            c[3].replace(" Community", "") + " Grid " + g, List.of()));
                }
                communities.add(new Unit(c[1], c[2], c[3], grids));
            }
            streets.add(new Unit(s[0], s[1], s[2], communities));
        }
        return new Unit("GZL", "公主岭市", "Gongzhuling City", streets);
    }

    /** Cadres of every community: a secretary, three or four grid workers per grid, social workers and a volunteer coordinator. */
    public static List<Cadre> cadres() {
        Random random = new Random(7L);
        List<Cadre> cadres = new ArrayList<>();
        int[] counter = {0};
        for (Unit street : city().children()) {
            for (Unit community : street.children()) {
                add(cadres, random, counter, community.code(), Position.COMMUNITY_SECRETARY);
                for (Unit grid : community.children()) {
                    int workers = 3 + random.nextInt(2);
                    for (int i = 0; i < workers; i++) {
                        add(cadres, random, counter, grid.code(), Position.GRID_WORKER);
                    }
                }
                int social = 5 + random.nextInt(4);
                for (int i = 0; i < social; i++) {
                    add(cadres, random, counter, community.code(), Position.SOCIAL_WORKER);
                }
                add(cadres, random, counter, community.code(), Position.VOLUNTEER_COORDINATOR);
            }
        }
        return cadres;
    }

    private static void add(List<Cadre> cadres, Random random, int[] counter, String unitCode, Position position) {
        counter[0]++;
        String[] surname = SURNAMES[random.nextInt(SURNAMES.length)];
        String[] first = GIVEN[random.nextInt(GIVEN.length)];
        boolean twoSyllables = random.nextBoolean();
        String[] second = GIVEN[random.nextInt(GIVEN.length)];
        String zh = surname[0] + first[0] + (twoSyllables ? second[0] : "");
        String given = first[1] + (twoSyllables ? second[1] : "");
        String en = capitalise(given) + " " + surname[1];
        String phone = "139" + String.format("%08d", 43_000_000 + counter[0] * 7919 % 1_000_000);
        cadres.add(new Cadre(String.format("GZL%05d", counter[0]), zh, en, phone, unitCode, position));
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String chineseNumber(int n) {
        return String.valueOf("一二三四五六七八九十".charAt(n - 1));
    }
}
