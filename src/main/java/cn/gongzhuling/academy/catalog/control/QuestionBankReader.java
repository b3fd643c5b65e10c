package cn.gongzhuling.academy.catalog.control;

import cn.gongzhuling.academy.catalog.control.CourseDefinition.OptionDef;
import cn.gongzhuling.academy.catalog.control.CourseDefinition.QuestionDef;
import cn.gongzhuling.academy.catalog.entity.QuestionType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/** Reads questions.yaml: single, multiple and true/false questions with explanations. */
final class QuestionBankReader {

    static final String FILE = "questions.yaml";
    private static final Set<String> QUESTION_KEYS = Set.of("id", "type", "text", "options", "answer", "explanation");
    private static final Set<String> OPTION_KEYS = Set.of("id", "zh", "en", "correct");

    private QuestionBankReader() {
    }

    static List<QuestionDef> read(MappingNode root, Problems problems) {
        YamlDoc doc = YamlDoc.of(FILE, problems);
        doc.allowOnly(root, "", Set.of("questions"));
        List<QuestionDef> questions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<Node> nodes = doc.list(root, "questions", "", true);
        for (int i = 0; i < nodes.size(); i++) {
            MappingNode q = doc.mapping(nodes.get(i), "questions[" + i + "]");
            if (q != null) {
                QuestionDef question = question(doc, q, "questions[" + i + "]");
                if (question.key() != null && !ids.add(question.key())) {
                    doc.problem(q, "questions[" + i + "].id", "catalog.error.duplicateId", question.key());
                }
                questions.add(question);
            }
        }
        if (nodes.isEmpty() && doc.get(root, "questions") != null) {
            doc.problem(root, "questions", "catalog.error.emptyList");
        }
        return questions;
    }

    private static QuestionDef question(YamlDoc doc, MappingNode q, String field) {
        doc.allowOnly(q, field, QUESTION_KEYS);
        String id = doc.string(q, "id", field, true);
        String name = id == null ? field : "question " + id;
        QuestionType type = type(doc, q, name);
        var text = doc.text(q, "text", name, 2000);
        var explanation = doc.text(q, "explanation", name, 4000);
        List<OptionDef> options = new ArrayList<>();
        Boolean answer = null;
        if (type == QuestionType.TRUEFALSE) {
            if (doc.get(q, "options") != null) {
                doc.problem(doc.get(q, "options"), name + ".options", "catalog.error.trueFalseOptions");
            }
            answer = doc.bool(q, "answer", name, null);
        } else if (type != null) {
            options = options(doc, q, name);
            checkOptions(doc, q, name, type, options);
        }
        return new QuestionDef(id, type, text, options, answer, explanation);
    }

    private static QuestionType type(YamlDoc doc, MappingNode q, String name) {
        String type = doc.string(q, "type", name, true);
        if (type == null) {
            return null;
        }
        try {
            return QuestionType.valueOf(type.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            doc.problem(doc.get(q, "type"), name + ".type", "catalog.error.questionType", type);
            return null;
        }
    }

    private static List<OptionDef> options(YamlDoc doc, MappingNode q, String name) {
        List<OptionDef> options = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<Node> nodes = doc.list(q, "options", name, true);
        for (int i = 0; i < nodes.size(); i++) {
            String field = name + ".options[" + i + "]";
            MappingNode o = doc.mapping(nodes.get(i), field);
            if (o == null) {
                continue;
            }
            String id = doc.string(o, "id", field, true);
            if (id != null && !ids.add(id)) {
                doc.problem(o, field + ".id", "catalog.error.duplicateId", id);
            }
            var text = doc.bilingual(o, field, OPTION_KEYS);
            boolean correct = doc.bool(o, "correct", field, false);
            options.add(new OptionDef(id, text, correct));
        }
        return options;
    }

    private static void checkOptions(YamlDoc doc, MappingNode q, String name, QuestionType type,
                                     List<OptionDef> options) {
        long correct = options.stream().filter(OptionDef::correct).count();
        Node at = doc.get(q, "options") == null ? q : doc.get(q, "options");
        if (type == QuestionType.SINGLE) {
            if (options.size() < 2 || options.size() > 6) {
                doc.problem(at, name + ".options", "catalog.error.optionCount", 2, 6);
            }
            if (correct != 1) {
                doc.problem(at, name + ".options", "catalog.error.singleCorrect", correct);
            }
        } else {
            if (options.size() < 3 || options.size() > 8) {
                doc.problem(at, name + ".options", "catalog.error.optionCount", 3, 8);
            }
            if (correct < 2) {
                doc.problem(at, name + ".options", "catalog.error.multipleCorrect", correct);
            }
        }
    }
}
