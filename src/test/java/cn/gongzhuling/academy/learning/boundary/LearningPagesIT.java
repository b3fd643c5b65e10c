package cn.gongzhuling.academy.learning.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongzhuling.academy.platform.boundary.DemoSeeder;
import cn.gongzhuling.academy.testsupport.AppServer;
import cn.gongzhuling.academy.testsupport.Browser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.yaml.snakeyaml.Yaml;

/**
 * The "done when" in Chromium: an organiser assigns the mediation course to a community
 * and its cadre sees it with the due date; the trainee reads the CPR lessons, fails the quiz,
 * passes on a retry and sees the progress on the dashboard; the same pages work at 375 px.
 * The browser knows no answer key: the test reads the right answers from courses/ like a
 * well-prepared trainee, by question text.
 */
@ExtendWith(AppServer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LearningPagesIT {

    private static final LocalDate DUE = LocalDate.now().plusDays(40);
    private final AppServer.Running app;

    LearningPagesIT(AppServer.Running app) {
        this.app = app;
    }

    @Test
    @Order(1)
    void anOrganizerAssignsTheMediationCourseToACommunityAndItsCadreSeesTheDueDate() {
        try (Browser desktop = Browser.desktop()) {
            logInInChinese(desktop, "organizer.tiebei");
            desktop.get(app.url("/organize/assignments.xhtml"));
            desktop.byId("assign:course").click();
            desktop.await(d -> visible(desktop, "#assign\\:course_items li", "人民调解实务") != null);
            visible(desktop, "#assign\\:course_items li", "人民调解实务").click();
            desktop.byId("assign:unit").click();
            desktop.byId("assign:unit_filter").sendKeys("东风社区");
            desktop.await(d -> visible(desktop, "#assign\\:unit_items li", "东风社区") != null);
            visible(desktop, "#assign\\:unit_items li", "东风社区").click();
            desktop.byId("assign:due_input").sendKeys(DUE.toString());
            desktop.byId("assign:create").click();
            desktop.await(d -> desktop.find("#assignments").getText().contains("人民调解实务"));
            assertTrue(desktop.find(".ui-growl").getText().contains("已分配"), desktop.find(".ui-growl").getText());
            desktop.screenshot("learn-assign-desktop");
        }
        try (Browser phone = Browser.phone()) {
            logInInChinese(phone, "trainee");
            phone.get(app.url("/learn/index.xhtml"));
            WebElement card = phone.byId("enrolment-MEDIATION");
            String due = DUE.getYear() + "年" + DUE.getMonthValue() + "月" + DUE.getDayOfMonth() + "日";
            assertTrue(card.getText().contains(due), card.getText());
            assertNoHorizontalScrolling(phone);
            phone.screenshot("learn-dashboard-phone");
        }
    }

    @Test
    @Order(2)
    void aTraineeReadsTheCprLessonsFailsTheQuizPassesOnARetryAndSeesTheProgress() throws IOException {
        Map<String, List<String>> key = answerKey("cpr-first-aid");
        try (Browser desktop = Browser.desktop()) {
            logInInChinese(desktop, "trainee");
            desktop.get(app.url("/learn/index.xhtml"));
            desktop.find("#join-CPR-FA button").click();
            desktop.await(d -> d.getCurrentUrl().contains("/learn/lesson"));
            int lessons = 0;
            while (desktop.driver().getCurrentUrl().contains("/learn/lesson")) {
                assertFalse(desktop.byId("lesson-body").getText().isBlank());
                WebElement done = desktop.byId("lessonForm:complete");
                done.click();
                desktop.await(d -> isStale(done));
                lessons++;
                assertTrue(lessons <= 20, "the player moves on");
            }
            assertEquals(7, lessons);

            desktop.byId("quizForm:start").click();
            desktop.await(d -> desktop.has("quiz-paper"));
            answer(desktop, key, false);
            desktop.await(d -> desktop.has("result-status"));
            assertTrue(desktop.byId("result-status").getText().contains("未通过"));
            assertFalse(desktop.driver().findElements(By.cssSelector(".explanation")).isEmpty(), "explanations after submit");
            desktop.screenshot("learn-result-fail-desktop");

            desktop.byId("back").click();
            desktop.await(d -> desktop.has("quiz-rules"));
            desktop.byId("quizForm:start").click();
            desktop.await(d -> desktop.has("quiz-paper"));
            answer(desktop, key, true);
            desktop.await(d -> desktop.has("result-status"));
            assertTrue(desktop.byId("result-status").getText().contains("通过"));
            assertEquals("100%", desktop.byId("result-score").getText());

            desktop.get(app.url("/learn/index.xhtml"));
            String card = desktop.byId("enrolment-CPR-FA").getText();
            assertTrue(card.contains("7/7"), card);
            assertTrue(card.contains("等待实操考核"), card);
            desktop.screenshot("learn-dashboard-desktop");
        }
    }

    @Test
    @Order(3)
    void theLessonPlayerAndQuizFitAPhone() {
        try (Browser phone = Browser.phone()) {
            logInInChinese(phone, "trainee");
            phone.get(app.url("/learn/index.xhtml"));
            phone.find("#enrolment-MEDIATION a").click();
            phone.await(d -> phone.has("lesson-body"));
            assertNoHorizontalScrolling(phone);
            assertTrue(phone.byId("lessonForm:complete").getSize().getHeight() >= 44, "thumb-sized button");
            phone.screenshot("learn-lesson-phone");
            phone.get(app.url("/learn/quiz.xhtml?e=" + phone.driver().getCurrentUrl().replaceAll(".*[?&]e=(\\d+).*", "$1")));
            assertNoHorizontalScrolling(phone);
            assertTrue(phone.byId("quiz-blocked").getText().contains("先完成全部课时"));
        }
    }

    /** Logs in and switches to Chinese: other browser tests may have left the account in English. */
    private void logInInChinese(Browser browser, String username) {
        browser.logIn(app.url("/login.xhtml"), username, DemoSeeder.DEMO_PASSWORD);
        WebElement zh = browser.byId("langForm:zh");
        zh.click();
        browser.await(d -> isStale(zh));
    }

    private static void answer(Browser browser, Map<String, List<String>> key, boolean right) {
        for (WebElement question : browser.driver().findElements(By.cssSelector("fieldset.question"))) {
            String text = question.findElement(By.tagName("legend")).getText()
                    .replaceFirst("^\\d+\\.\\s*", "").trim();
            // the page adds "（多选）" to a multiple-choice question unless its text already says so
            List<String> correct = key.containsKey(text) ? key.get(text)
                    : key.getOrDefault(text.replaceFirst("\\s*（多选）$", ""), List.of());
            assertFalse(correct.isEmpty(), "no key for question text: " + text);
            int clicked = 0;
            for (WebElement label : question.findElements(By.tagName("label"))) {
                boolean isRight = correct.contains(label.getText().trim());
                if (right ? isRight : !isRight && clicked == 0) {
                    browser.script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", label);
                    clicked++;
                }
            }
            int expected = clicked;
            Number checked = (Number) browser.script(
                    "return arguments[0].querySelectorAll('input:checked').length;", question);
            assertEquals(expected, checked.intValue(), "ticked options of: " + text);
            assertEquals(right ? correct.size() : 1, clicked, "options found for: " + text);
        }
        WebElement submit = browser.byId("quizForm:submit");
        submit.click();
        browser.await(d -> browser.find(".ui-confirmdialog-yes").isDisplayed());
        browser.find(".ui-confirmdialog-yes").click();
        browser.await(d -> isStale(submit));
    }

    /** Question text (zh) to the texts of its right options, or 对/错 for true/false. */
    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> answerKey(String course) throws IOException {
        Map<String, List<String>> key = new HashMap<>();
        try (InputStream in = Files.newInputStream(Path.of("courses", course, "questions.yaml"))) {
            Map<String, Object> doc = new Yaml().load(in);
            for (Map<String, Object> q : (List<Map<String, Object>>) doc.get("questions")) {
                String text = ((Map<String, String>) q.get("text")).get("zh").trim();
                if ("truefalse".equals(q.get("type"))) {
                    key.put(text, List.of(Boolean.TRUE.equals(q.get("answer")) ? "对" : "错"));
                } else {
                    key.put(text, ((List<Map<String, Object>>) q.get("options")).stream()
                            .filter(o -> Boolean.TRUE.equals(o.get("correct")))
                            .map(o -> o.get("zh").toString().trim()).toList());
                }
            }
        }
        return key;
    }

    private static WebElement visible(Browser browser, String css, String text) {
        try {
            return browser.driver().findElements(By.cssSelector(css)).stream()
                    .filter(e -> e.isDisplayed() && e.getText().contains(text)).findFirst().orElse(null);
        } catch (org.openqa.selenium.WebDriverException e) { // stale, or "node does not belong to the document"
            return null; // the filter re-rendered the list between finding and reading: look again
        }
    }

    private static boolean isStale(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException e) { // stale, or "node does not belong to the document"
            return true;
        }
    }

    private static void assertNoHorizontalScrolling(Browser browser) {
        Number overflow = (Number) browser.script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(overflow.intValue() <= 0, "the page is " + overflow + " px wider than the screen");
    }
}
