package cn.gongzhuling.academy.field.boundary;

import cn.gongzhuling.academy.field.entity.FieldKind;
import cn.gongzhuling.academy.field.entity.SkillUse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The skill uses of many records worked out at once, before any of them is saved (see
 * {@link FieldRecordService#skillFacts}): the skills of each kind and, per skill and day, who held a
 * valid certificate. Saving a batch then runs no query per record, so the persistence context is not
 * flushed between saves (with a thousand new records, each of those flushes walks them all).
 */
final class SkillFacts {

    /** One record to be: whose work, of what kind, on which day. */
    record Need(Long personId, FieldKind kind, LocalDate day) {
    }

    private final Map<FieldKind, List<String>> skillsOfKind;
    private final Map<String, Set<Long>> holders;

    SkillFacts(Map<FieldKind, List<String>> skillsOfKind, Map<String, Set<Long>> holders) {
        this.skillsOfKind = skillsOfKind;
        this.holders = holders;
    }

    static String key(String skill, LocalDate day) {
        return skill + "|" + day;
    }

    /** Whether these facts were worked out for the kind (a record of another kind looks its own up). */
    boolean covers(FieldKind kind) {
        return skillsOfKind.containsKey(kind);
    }

    List<SkillUse> uses(Long personId, FieldKind kind, LocalDate day) {
        return skillsOfKind.getOrDefault(kind, List.of()).stream()
                .map(skill -> new SkillUse(skill, holders.getOrDefault(key(skill, day), Set.of()).contains(personId)))
                .toList();
    }
}
