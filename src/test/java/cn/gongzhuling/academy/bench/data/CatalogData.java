package cn.gongzhuling.academy.bench.data;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Random;

/**
 * Generated courses beside the three real ones (which the app imports from courses/ at its first
 * start): {@value #COURSES} courses {@code GEN-01} ... on community-work topics, each with one
 * version of 4 to 10 lessons (a few KB of HTML each, like the real ones), a bank of 15
 * single-choice questions with four options, and no practical checks (so lessons + quiz complete
 * them). The catalogue does not grow with the scale: a city has tens of courses, not thousands.
 */
public final class CatalogData implements FeatureData {

    public static final String CODE_PREFIX = "GEN-";
    static final int COURSES = 27;
    static final int QUESTIONS = 15;

    static final String[][] TOPICS = {
            {"消防安全基础", "Fire safety basics"}, {"防汛应急", "Flood response"},
            {"反诈宣传", "Anti-fraud outreach"}, {"老年人照护", "Care for the elderly"},
            {"心理疏导", "Psychological first aid"}, {"矛盾纠纷排查", "Screening for disputes"},
            {"网格信息采集", "Grid data collection"}, {"垃圾分类", "Waste sorting"},
            {"食品安全", "Food safety"}, {"安全生产检查", "Workplace safety inspection"},
            {"政策宣讲", "Explaining policy to residents"}, {"社区议事协商", "Community deliberation"},
            {"志愿服务管理", "Managing volunteers"}, {"残疾人服务", "Services for the disabled"},
            {"退役军人服务", "Services for veterans"}, {"公文写作", "Official writing"},
            {"信访接待", "Receiving petitions"}, {"燃气安全", "Gas safety"},
            {"电动车消防", "E-bike fire safety"}, {"应急避险", "Emergency evacuation"},
            {"未成年人保护", "Child protection"}, {"家庭暴力预防", "Preventing domestic violence"},
            {"社保政策", "Social insurance policy"}, {"数据安全", "Data security"},
            {"民法典入门", "The Civil Code, an introduction"}, {"健康教育", "Health education"},
            {"传染病防控", "Infectious disease control"},
    };

    @Override
    public String name() {
        return "catalog";
    }

    @Override
    public void generate(GenerationContext ctx) throws SQLException {
        Random random = ctx.random(name());
        long[] courseIds = new long[COURSES];
        long[] versionIds = new long[COURSES];
        try (Batch courses = ctx.batch("course", "id, code, current_version_id, version")) {
            for (int i = 0; i < COURSES; i++) {
                courseIds[i] = ctx.nextId();
                courses.row(courseIds[i], String.format("%s%02d", CODE_PREFIX, i + 1), null, 0L);
            }
        }
        try (Batch versions = ctx.batch("course_version", "id, course_id, version_no, content_hash, title_zh, title_en, "
                + "summary_zh, summary_en, validity_months, quiz_pass_percent, quiz_questions, quiz_max_attempts, "
                + "quiz_time_limit, requires_all_lessons, requires_quiz, required_checks, refresher_lessons, "
                + "refresher_pass_percent, refresher_questions, refresher_checks, imported_at, imported_by");
             Batch lessons = ctx.batch("lesson", "id, course_version_id, lesson_key, position, title_zh, title_en, "
                     + "minutes, html_zh, html_en");
             Batch questions = ctx.batch("question", "id, course_version_id, question_key, position, question_type, "
                     + "text_zh, text_en, explanation_zh, explanation_en, tf_answer");
             Batch options = ctx.batch("question_option", "id, question_id, option_key, position, text_zh, text_en, "
                     + "correct")) {
            lessons.after(versions);
            questions.after(versions);
            options.after(questions);
            for (int i = 0; i < COURSES; i++) {
                String[] t = TOPICS[i];
                versionIds[i] = ctx.nextId();
                versions.row(versionIds[i], courseIds[i], 1, String.format("%064x", ctx.settings().seed() * 100 + i),
                        t[0], t[1], "面向社区工作者的" + t[0] + "培训：要点、案例与练习。",
                        t[1] + " for community workers: key points, cases and exercises.",
                        12 + 12 * random.nextInt(3), 80, 10, 3, 20, true, true, "", "", 80, 5, "",
                        ctx.anchor().minusMonths(30), "bench");
                int lessonCount = 4 + random.nextInt(7);
                for (int l = 1; l <= lessonCount; l++) {
                    lessons.row(ctx.nextId(), versionIds[i], String.format("%02d-part", l), l,
                            t[0] + "（" + l + "）", t[1] + " (" + l + ")", 10 + random.nextInt(16),
                            html("<p>" + t[0] + "第" + l + "课：社区工作者在入户走访、问题发现和分级处置中的做法。</p>", 20),
                            html("<p>" + t[1] + ", lesson " + l + ": what community workers do on household visits, "
                                    + "when they find problems and how they hand them on.</p>", 12));
                }
                for (int q = 1; q <= QUESTIONS; q++) {
                    long questionId = ctx.nextId();
                    questions.row(questionId, versionIds[i], "q" + q, q, "SINGLE",
                            t[0] + "：第" + q + "题，下列做法哪一项正确？", t[1] + ": question " + q + ", which is right?",
                            "正确做法见第" + (1 + q % lessonCount) + "课。", "See lesson " + (1 + q % lessonCount) + ".",
                            null);
                    int correct = random.nextInt(4);
                    for (int o = 0; o < 4; o++) {
                        options.row(ctx.nextId(), questionId, String.valueOf((char) ('a' + o)), o + 1,
                                "选项" + (char) ('A' + o), "Option " + (char) ('A' + o), o == correct);
                    }
                }
            }
        }
        try (PreparedStatement current = ctx.connection().prepareStatement(
                "UPDATE course SET current_version_id = ? WHERE id = ?")) {
            for (int i = 0; i < COURSES; i++) {
                current.setLong(1, versionIds[i]);
                current.setLong(2, courseIds[i]);
                current.addBatch();
            }
            current.executeBatch();
        }
        ctx.connection().commit();
    }

    private static String html(String paragraph, int times) {
        return paragraph.repeat(times);
    }
}
