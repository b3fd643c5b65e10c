package cn.gongzhuling.academy.catalog.control;

import cn.gongzhuling.academy.catalog.control.CourseDefinition.CheckDef;
import cn.gongzhuling.academy.catalog.control.CourseDefinition.ItemDef;
import cn.gongzhuling.academy.catalog.control.CourseDefinition.LevelDef;
import cn.gongzhuling.academy.catalog.entity.Scoring;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads one checks/<id>.yaml practical skill check. */
final class CheckReader {

    private static final Set<String> KEYS = Set.of("id", "title", "instructions", "equipment", "scoring", "passRule",
            "secondAssessor", "items", "levels", "criticalMinLevel");
    private static final Set<String> ITEM_KEYS = Set.of("id", "text", "critical", "points");

    private CheckReader() {
    }

    static CheckDef read(String file, String expectedId, MappingNode root, Problems problems) {
        YamlDoc doc = YamlDoc.of(file, problems);
        doc.allowOnly(root, "", KEYS);
        String id = doc.string(root, "id", "", true);
        if (id != null && !id.equals(expectedId)) {
            doc.problem(doc.get(root, "id"), "id", "catalog.error.checkIdFile", id, expectedId);
        }
        var title = doc.text(root, "title", "", 200);
        var instructions = doc.text(root, "instructions", "", 20000);
        List<Bilingual> equipment = new ArrayList<>();
        List<Node> eq = doc.list(root, "equipment", "", true);
        for (int i = 0; i < eq.size(); i++) {
            MappingNode m = doc.mapping(eq.get(i), "equipment[" + i + "]");
            if (m != null) {
                equipment.add(doc.bilingual(m, "equipment[" + i + "]", Set.of("zh", "en")));
            }
        }
        Scoring scoring = scoring(doc, root);
        MappingNode pass = doc.mapping(root, "passRule", "", true);
        int minPercent = pass == null ? 100 : doc.integer(pass, "minPercent", "passRule", 1, 100, null);
        boolean allCritical = pass == null || doc.bool(pass, "allCritical", "passRule", true);
        if (pass != null) {
            doc.allowOnly(pass, "passRule", Set.of("minPercent", "allCritical"));
        }
        boolean second = doc.bool(root, "secondAssessor", "", false);
        List<LevelDef> levels = scoring == Scoring.RUBRIC ? levels(doc, root) : List.of();
        Integer criticalMin = null;
        if (scoring == Scoring.RUBRIC) {
            int minLevel = doc.integer(root, "criticalMinLevel", "", 0, 10, null);
            criticalMin = minLevel;
            if (!levels.isEmpty() && levels.stream().noneMatch(l -> l.value() == minLevel)) {
                doc.problem(doc.get(root, "criticalMinLevel"), "criticalMinLevel", "catalog.error.levelUnknown");
            }
        }
        List<ItemDef> items = items(doc, root, scoring);
        return new CheckDef(id, title, instructions, equipment, scoring, minPercent, allCritical, second,
                criticalMin, levels, items);
    }

    private static Scoring scoring(YamlDoc doc, MappingNode root) {
        String value = doc.string(root, "scoring", "", true);
        if (value == null) {
            return Scoring.CHECKLIST;
        }
        try {
            return Scoring.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            doc.problem(doc.get(root, "scoring"), "scoring", "catalog.error.scoring", value);
            return Scoring.CHECKLIST;
        }
    }

    private static List<LevelDef> levels(YamlDoc doc, MappingNode root) {
        List<LevelDef> levels = new ArrayList<>();
        Set<Integer> values = new HashSet<>();
        List<Node> nodes = doc.list(root, "levels", "", true);
        for (int i = 0; i < nodes.size(); i++) {
            String field = "levels[" + i + "]";
            MappingNode m = doc.mapping(nodes.get(i), field);
            if (m == null) {
                continue;
            }
            int value = doc.integer(m, "value", field, 0, 10, null);
            if (!values.add(value)) {
                doc.problem(m, field + ".value", "catalog.error.duplicateId", value);
            }
            levels.add(new LevelDef(value, doc.bilingual(m, field, Set.of("value", "zh", "en"), 200)));
        }
        // "levels: []" counts too: a rubric without levels cannot be scored.
        if (levels.size() < 2 && doc.get(root, "levels") instanceof SequenceNode) {
            doc.problem(doc.get(root, "levels"), "levels", "catalog.error.levelCount");
        }
        return levels;
    }

    private static List<ItemDef> items(YamlDoc doc, MappingNode root, Scoring scoring) {
        List<ItemDef> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<Node> nodes = doc.list(root, "items", "", true);
        for (int i = 0; i < nodes.size(); i++) {
            String field = "items[" + i + "]";
            MappingNode m = doc.mapping(nodes.get(i), field);
            if (m == null) {
                continue;
            }
            doc.allowOnly(m, field, ITEM_KEYS);
            String id = doc.string(m, "id", field, true);
            if (id != null && !ids.add(id)) {
                doc.problem(m, field + ".id", "catalog.error.duplicateId", id);
            }
            String name = id == null ? field : "item " + id;
            var text = doc.text(m, "text", name);
            boolean critical = doc.bool(m, "critical", name, false);
            int points = scoring == Scoring.CHECKLIST ? doc.integer(m, "points", name, 1, 100, 1) : 1;
            items.add(new ItemDef(id, text, critical, points));
        }
        if (nodes.isEmpty() && doc.get(root, "items") != null) {
            doc.problem(root, "items", "catalog.error.emptyList");
        }
        return items;
    }
}
