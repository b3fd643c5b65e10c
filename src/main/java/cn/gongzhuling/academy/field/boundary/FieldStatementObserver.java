package cn.gongzhuling.academy.field.boundary;

import cn.gongzhuling.academy.field.control.FieldDraft;
import cn.gongzhuling.academy.field.control.FieldProblem;
import cn.gongzhuling.academy.field.control.XapiVerbs;
import cn.gongzhuling.academy.field.entity.FieldKind;
import cn.gongzhuling.academy.field.entity.HandlingLevel;
import cn.gongzhuling.academy.field.entity.ProblemCategory;
import cn.gongzhuling.academy.field.entity.ProblemStatus;
import cn.gongzhuling.academy.field.entity.RecordSource;
import cn.gongzhuling.academy.organization.entity.OrgLevel;
import cn.gongzhuling.academy.organization.entity.OrgUnit;
import cn.gongzhuling.academy.organization.entity.Person;
import cn.gongzhuling.academy.platform.boundary.ClockProducer;
import cn.gongzhuling.academy.xapi.boundary.StatementAccepted;
import cn.gongzhuling.academy.xapi.boundary.StatementsAccepted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Maps stored xAPI statements to field records: the actor must be a known cadre (account.name is
 * the staff number) and the verb one of {@link XapiVerbs}. The statement's timestamp is when the
 * work happened; the grid comes from the grid extension (a unit code), else the cadre's own grid.
 * Runs inside the statement store's transaction; anything it cannot map is left stored but
 * unmapped, and it never throws (so it never rolls back the store). A statement maps at most once
 * (external id "xapi:" + statement id). A batch costs one query for its cadres, one for the
 * statements mapped before, one for the grids its statements name and one for its cadres'
 * certificates, whatever its size; statements of other verbs cost none.
 */
@ApplicationScoped
public class FieldStatementObserver {

    private static final Logger LOG = Logger.getLogger(FieldStatementObserver.class.getName());
    private static final int IN_CHUNK = 500;
    /** Looked up once: Json.createReader asks the ServiceLoader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @PersistenceContext
    EntityManager em;

    @Inject
    FieldChecker checker;

    @Inject
    FieldRecordService records;

    @Inject
    Clock clock;

    void onStatements(@Observes StatementsAccepted accepted) {
        List<StatementAccepted> ours = accepted.statements().stream()
                .filter(s -> s.actorName() != null && XapiVerbs.kind(s.verbId()).isPresent()).toList();
        if (ours.isEmpty()) {
            return;
        }
        Map<String, Person> people = people(ours.stream().map(StatementAccepted::actorName).distinct().toList());
        List<StatementAccepted> known = ours.stream().filter(s -> people.containsKey(s.actorName())).toList();
        Set<String> mapped = mappedAlready(known.stream().map(FieldStatementObserver::externalId).toList());
        Map<UUID, JsonObject> contents = new HashMap<>();
        Set<String> gridCodes = new HashSet<>();
        for (StatementAccepted statement : known) {
            try {
                JsonObject json = content(statement);
                contents.put(statement.statementId(), json);
                String code = text(object(object(json, "context"), "extensions"), XapiVerbs.GRID);
                if (code != null) {
                    gridCodes.add(code);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "xAPI statement " + statement.statementId() + " not mapped to a field record", e);
            }
        }
        Map<String, Long> gridsByCode = grids(List.copyOf(gridCodes));
        List<Mapping> mappings = new ArrayList<>();
        for (StatementAccepted statement : known) {
            JsonObject json = contents.get(statement.statementId());
            if (json == null || !mapped.add(externalId(statement))) {
                continue;
            }
            Person person = people.get(statement.actorName());
            try {
                draft(statement, json, person, gridsByCode).ifPresent(d -> mappings.add(new Mapping(statement, person, d)));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "xAPI statement " + statement.statementId() + " not mapped to a field record", e);
            }
        }
        if (mappings.isEmpty()) {
            return;
        }
        // Every look-up is done before the first save: a query between saves would flush them all again.
        SkillFacts facts = records.skillFacts(mappings.stream().map(m -> new SkillFacts.Need(m.person().getId(),
                m.draft().getKind(), m.draft().getOccurredAt().toLocalDate())).toList());
        for (Mapping m : mappings) {
            try {
                records.save(m.person(), m.draft(), RecordSource.XAPI, externalId(m.statement()), "xapi", null, null,
                        facts);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "xAPI statement " + m.statement().statementId() + " not mapped to a field record", e);
            }
        }
    }

    /** A statement of a known cadre and the checked draft of the field record it becomes. */
    private record Mapping(StatementAccepted statement, Person person, FieldDraft draft) {
    }

    /** The cadres of these staff numbers with their units: one query per {@value #IN_CHUNK}. */
    private Map<String, Person> people(List<String> staffNumbers) {
        Map<String, Person> found = new HashMap<>();
        for (List<String> chunk : chunks(staffNumbers)) {
            em.createQuery("select p from Person p join fetch p.orgUnit where p.staffNo in :s", Person.class)
                    .setParameter("s", chunk).getResultList().forEach(p -> found.put(p.getStaffNo(), p));
        }
        return found;
    }

    /** Those of these external ids that some field record already has. */
    private Set<String> mappedAlready(List<String> externalIds) {
        Set<String> found = new HashSet<>();
        for (List<String> chunk : chunks(externalIds)) {
            found.addAll(em.createQuery("select r.externalId from FieldRecord r where r.externalId in :e", String.class)
                    .setParameter("e", chunk).getResultList());
        }
        return found;
    }

    /** The ids of the units of these codes: one query per {@value #IN_CHUNK}. */
    private Map<String, Long> grids(List<String> codes) {
        Map<String, Long> found = new HashMap<>();
        for (List<String> chunk : chunks(codes)) {
            for (Object[] row : em.createQuery("select u.code, u.id from OrgUnit u where u.code in :c", Object[].class)
                    .setParameter("c", chunk).getResultList()) {
                found.put((String) row[0], (Long) row[1]);
            }
        }
        return found;
    }

    /** The statement's properties: as received when the store handed them over, else parsed from its text. */
    private static JsonObject content(StatementAccepted statement) {
        if (statement.content() != null) {
            return statement.content();
        }
        try (JsonReader reader = JSON.createReader(new StringReader(statement.statementJson()))) {
            return reader.readObject();
        }
    }

    private static List<List<String>> chunks(List<String> all) {
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + IN_CHUNK)));
        }
        return chunks;
    }

    private static String externalId(StatementAccepted statement) {
        return "xapi:" + statement.statementId();
    }

    /** The checked draft of a statement of a known cadre; empty with the reason logged when it is not valid. */
    private Optional<FieldDraft> draft(StatementAccepted statement, JsonObject json, Person person,
                                       Map<String, Long> gridsByCode) {
        Optional<FieldKind> kind = XapiVerbs.kind(statement.verbId());
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        JsonObject context = object(object(json, "context"), "extensions");
        JsonObject result = object(json, "result");
        JsonObject resultExt = object(result, "extensions");
        FieldDraft draft = new FieldDraft(kind.get(), gridId(person, text(context, XapiVerbs.GRID), gridsByCode),
                statement.timestamp() == null ? LocalDateTime.now(clock)
                        : LocalDateTime.ofInstant(statement.timestamp(), ClockProducer.ZONE));
        draft.setPlace(text(context, XapiVerbs.PLACE));
        draft.setNotes(firstNonNull(text(context, XapiVerbs.NOTES), string(result, "response")));
        draft.setCategory(enumValue(ProblemCategory.class, text(resultExt, XapiVerbs.CATEGORY)));
        draft.setHandlingLevel(enumValue(HandlingLevel.class, text(resultExt, XapiVerbs.HANDLING_LEVEL)));
        draft.setStatus(enumValue(ProblemStatus.class, text(resultExt, XapiVerbs.STATUS)));
        draft.setParties(text(resultExt, XapiVerbs.PARTIES));
        if (kind.get() == FieldKind.DISPUTE_MEDIATED) {
            draft.setOutcome(string(result, "response"));
            draft.setNotes(text(context, XapiVerbs.NOTES));
            draft.setAgreementReached(result != null && result.get("success") != null
                    ? result.get("success") == JsonValue.TRUE : null);
        }
        draft.setResidents(integer(resultExt, XapiVerbs.RESIDENTS));
        draft.setVolunteers(integer(resultExt, XapiVerbs.VOLUNTEERS));
        List<FieldProblem> problems = checker.problems(person, draft, LocalDateTime.now(clock));
        if (!problems.isEmpty()) {
            LOG.info(() -> "xAPI statement " + statement.statementId() + " stored but not mapped: " + problems.stream()
                    .map(p -> p.field() + " " + p.key()).toList());
            return Optional.empty();
        }
        return Optional.of(draft);
    }

    private Long gridId(Person person, String gridCode, Map<String, Long> gridsByCode) {
        if (gridCode == null) {
            return person.getOrgUnit().getLevel() == OrgLevel.GRID ? person.getOrgUnit().getId() : null;
        }
        return gridsByCode.getOrDefault(gridCode, -1L);
    }

    private static JsonObject object(JsonObject parent, String name) {
        if (parent == null) {
            return null;
        }
        JsonValue v = parent.get(name);
        return v instanceof JsonObject o ? o : null;
    }

    private static String text(JsonObject extensions, String name) {
        return string(extensions, XapiVerbs.EXTENSION_BASE + name);
    }

    private static String string(JsonObject parent, String name) {
        if (parent == null) {
            return null;
        }
        JsonValue v = parent.get(name);
        return v instanceof JsonString s ? s.getString() : null;
    }

    private static Integer integer(JsonObject extensions, String name) {
        if (extensions == null) {
            return null;
        }
        JsonValue v = extensions.get(XapiVerbs.EXTENSION_BASE + name);
        if (v instanceof JsonNumber n && n.isIntegral()) {
            long value = n.longValue();
            return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE ? (int) value : -1;
        }
        return null;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
