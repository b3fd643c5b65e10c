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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Maps stored xAPI statements to field records: the actor must be a known cadre (account.name is
 * the staff number) and the verb one of {@link XapiVerbs}. The statement's timestamp is when the
 * work happened; the grid comes from the grid extension (a unit code), else the cadre's own grid.
 * Runs inside the statement store's transaction; anything it cannot map is left stored but
 * unmapped, and it never throws (so it never rolls back the store). A statement maps at most once
 * (external id "xapi:" + statement id).
 */
@ApplicationScoped
public class FieldStatementObserver {

    private static final Logger LOG = Logger.getLogger(FieldStatementObserver.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    FieldChecker checker;

    @Inject
    FieldRecordService records;

    @Inject
    Clock clock;

    void onStatement(@Observes StatementAccepted statement) {
        try {
            map(statement);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "xAPI statement " + statement.statementId() + " not mapped to a field record", e);
        }
    }

    /** Maps one statement; empty with the reason logged when it is not for us or not valid. */
    Optional<Long> map(StatementAccepted statement) {
        Optional<FieldKind> kind = XapiVerbs.kind(statement.verbId());
        if (kind.isEmpty() || statement.actorName() == null) {
            return Optional.empty();
        }
        Person person = em.createQuery("select p from Person p join fetch p.orgUnit where p.staffNo = :s", Person.class)
                .setParameter("s", statement.actorName()).getResultStream().findFirst().orElse(null);
        if (person == null) {
            return Optional.empty();
        }
        String externalId = "xapi:" + statement.statementId();
        if (!em.createQuery("select r.id from FieldRecord r where r.externalId = :e", Long.class)
                .setParameter("e", externalId).getResultList().isEmpty()) {
            return Optional.empty();
        }
        JsonObject json;
        try (JsonReader reader = Json.createReader(new StringReader(statement.statementJson()))) {
            json = reader.readObject();
        }
        JsonObject context = object(object(json, "context"), "extensions");
        JsonObject result = object(json, "result");
        JsonObject resultExt = object(result, "extensions");
        FieldDraft draft = new FieldDraft(kind.get(), gridId(person, text(context, XapiVerbs.GRID)),
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
        return Optional.of(records.save(person, draft, RecordSource.XAPI, externalId, "xapi", null, null).getId());
    }

    private Long gridId(Person person, String gridCode) {
        if (gridCode == null) {
            return person.getOrgUnit().getLevel() == OrgLevel.GRID ? person.getOrgUnit().getId() : null;
        }
        return em.createQuery("select u.id from OrgUnit u where u.code = :c", Long.class).setParameter("c", gridCode)
                .getResultStream().findFirst().orElse(-1L);
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
