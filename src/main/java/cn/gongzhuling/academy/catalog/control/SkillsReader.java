package cn.gongzhuling.academy.catalog.control;

import cn.gongzhuling.academy.catalog.control.CourseDefinition.SkillDef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/** Reads skills.yaml, the skills catalogue. */
public final class SkillsReader {

    public static final String FILE = "skills.yaml";
    public static final String CODE_PATTERN = "[A-Z][A-Z0-9_]{0,39}";

    private SkillsReader() {
    }

    public static List<SkillDef> read(byte[] bytes, Problems problems) {
        List<SkillDef> skills = new ArrayList<>();
        YamlDoc.load(FILE, bytes, problems).ifPresent(root -> {
            YamlDoc doc = YamlDoc.of(FILE, problems);
            doc.allowOnly(root, "", Set.of("skills"));
            Set<String> codes = new HashSet<>();
            List<Node> nodes = doc.list(root, "skills", "", true);
            for (int i = 0; i < nodes.size(); i++) {
                String field = "skills[" + i + "]";
                MappingNode m = doc.mapping(nodes.get(i), field);
                if (m == null) {
                    continue;
                }
                doc.allowOnly(m, field, Set.of("code", "name", "description"));
                String code = doc.string(m, "code", field, true);
                if (code != null && (!code.matches(CODE_PATTERN) || !codes.add(code))) {
                    doc.problem(m, field + ".code", codes.contains(code) && code.matches(CODE_PATTERN)
                            ? "catalog.error.duplicateId" : "catalog.error.code", code);
                }
                skills.add(new SkillDef(code, doc.text(m, "name", field), doc.text(m, "description", field)));
            }
        });
        return skills;
    }
}
