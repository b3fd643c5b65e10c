package cn.gongzhuling.academy.catalog.control;

import static cn.gongzhuling.academy.catalog.control.CourseFiles.lineOf;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongzhuling.academy.catalog.control.CourseDefinition.SkillDef;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** skills.yaml: the catalogue of skill codes that certificates grant. */
class SkillsReaderTest {

    private static final String VALID = """
            skills:
              - code: CPR
                name: {zh: 心肺复苏, en: CPR}
                description: {zh: 成人心肺复苏。, en: Adult CPR.}
              - code: FIRST_AID
                name: {zh: 急救, en: First aid}
                description: {zh: 常见急救。, en: Common first aid.}
            """;

    @Test
    void validCatalogue() {
        Problems problems = new Problems();
        List<SkillDef> skills = SkillsReader.read(bytes(VALID), problems);
        assertTrue(problems.isEmpty(), () -> CourseFiles.describe(problems.list()));
        assertEquals(List.of("CPR", "FIRST_AID"), skills.stream().map(SkillDef::code).toList());
        assertEquals(new Bilingual("急救", "First aid"), skills.get(1).name());
    }

    @Test
    void duplicateCode() {
        String yaml = VALID.replace("code: FIRST_AID", "code: CPR");
        Problem p = only(yaml);
        CourseFiles.assertProblem(p, "skills.yaml", lineOf(yaml, "  - code: CPR\n    name: {zh: 急救"), "skills[1].code",
                "catalog.error.duplicateId");
        assertArrayEquals(new Object[] {"CPR"}, p.args());
    }

    @Test
    void codeInWrongFormat() {
        String yaml = VALID.replace("code: FIRST_AID", "code: first-aid");
        Problem p = only(yaml);
        CourseFiles.assertProblem(p, "skills.yaml", lineOf(yaml, "code: first-aid"), "skills[1].code",
                "catalog.error.code");
        assertArrayEquals(new Object[] {"first-aid"}, p.args());
    }

    @Test
    void descriptionWithoutEnglish() {
        String yaml = VALID.replace("{zh: 常见急救。, en: Common first aid.}", "{zh: 常见急救。}");
        CourseFiles.assertProblem(only(yaml), "skills.yaml", lineOf(yaml, "{zh: 常见急救。}"),
                "skills[1].description.en", "catalog.error.languageMissing");
    }

    @Test
    void misspeltField() {
        String yaml = VALID.replace("    description: {zh: 成人", "    descripton: {zh: 成人");
        Problems problems = new Problems();
        SkillsReader.read(bytes(yaml), problems);
        CourseFiles.hasProblem(problems.list(), "skills.yaml", lineOf(yaml, "descripton"), "skills[0].descripton",
                "catalog.error.unknownField");
        CourseFiles.hasProblem(problems.list(), "skills.yaml", lineOf(yaml, "  - code: CPR"),
                "skills[0].description", "catalog.error.required");
        assertEquals(2, problems.size(), () -> CourseFiles.describe(problems.list()));
    }

    @Test
    void malformedYaml() {
        String yaml = VALID.replace("name: {zh: 急救, en: First aid}", "name: {zh: 急救, en: First aid");
        Problem p = only(yaml);
        assertEquals("catalog.error.yaml", p.key());
        assertEquals("skills.yaml", p.file());
        // SnakeYAML notices the unclosed '{' on the next line, where it finds "description:".
        assertEquals(lineOf(yaml, "name: {zh: 急救") + 1, p.line(), p::location);
    }

    @Test
    void notUtf8() {
        CourseFiles.assertProblem(only(VALID.getBytes(Charset.forName("GBK"))), "skills.yaml", 0, "",
                "catalog.error.encoding");
    }

    private static Problem only(String yaml) {
        return only(bytes(yaml));
    }

    private static Problem only(byte[] yaml) {
        Problems problems = new Problems();
        SkillsReader.read(yaml, problems);
        assertEquals(1, problems.size(), () -> CourseFiles.describe(problems.list()));
        return problems.list().get(0);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
