package cn.gongzhuling.academy.bench.data;

import java.util.Random;

/** Chinese and English names for generated people and places (fictional, deterministic). */
final class Names {

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
    };
    /** Real street offices of Gongzhuling beside the three of the demo. */
    static final String[][] STREETS = {
            {"岭东", "Lingdong"}, {"岭西", "Lingxi"}, {"东三", "Dongsan"}, {"南崴子", "Nanwaizi"},
            {"环岭", "Huanling"}, {"刘房子", "Liufangzi"},
    };
    static final String[][] COMMUNITIES = {
            {"幸福", "Xingfu"}, {"和平", "Heping"}, {"建设", "Jianshe"}, {"光明", "Guangming"},
            {"新华", "Xinhua"}, {"民主", "Minzhu"}, {"胜利", "Shengli"}, {"团结", "Tuanjie"},
            {"友谊", "Youyi"}, {"春晖", "Chunhui"}, {"朝阳", "Chaoyang"}, {"振兴", "Zhenxing"},
    };

    private Names() {
    }

    /** {zh, en} of a person. */
    static String[] person(Random random) {
        String[] surname = SURNAMES[random.nextInt(SURNAMES.length)];
        String[] first = GIVEN[random.nextInt(GIVEN.length)];
        boolean two = random.nextBoolean();
        String[] second = GIVEN[random.nextInt(GIVEN.length)];
        String given = first[1] + (two ? second[1] : "");
        return new String[] {surname[0] + first[0] + (two ? second[0] : ""),
                Character.toUpperCase(given.charAt(0)) + given.substring(1) + " " + surname[1]};
    }
}
