package cn.gongzhuling.academy.xapi.boundary;

import cn.gongzhuling.academy.platform.boundary.AppConfig;
import cn.gongzhuling.academy.security.boundary.AuditLog;
import cn.gongzhuling.academy.xapi.control.ParsedStatement;
import cn.gongzhuling.academy.xapi.control.Served;
import cn.gongzhuling.academy.xapi.control.XapiProblem;
import cn.gongzhuling.academy.xapi.entity.XapiStatement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The statement store of the LRS. A request is one transaction: every statement of a batch is
 * stored, or none is. A statement whose id is already stored with the same content is accepted and
 * not stored again; with other content the whole request is a conflict.
 */
@ApplicationScoped
public class StatementService {

    /** Longest statement kept (characters of JSON); the body limit bounds a whole request. */
    public static final int STATEMENT_MAX_CHARS = 1_000_000;

    @Inject
    StatementStore store;

    @Inject
    Event<StatementsAccepted> accepted;

    @Inject
    AuditLog audit;

    @Inject
    AppConfig config;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /**
     * Stores the statements of one request for an integration client.
     *
     * @return how many were new (the others were already stored with the same content)
     */
    @Transactional
    public int store(List<ParsedStatement> statements, String client) {
        Set<String> wanted = new LinkedHashSet<>();
        for (ParsedStatement statement : statements) {
            wanted.add(statement.id());
            if (statement.isVoiding()) {
                wanted.add(statement.voidsId());
            }
        }
        Map<String, StatementStore.Existing> existing = store.existing(wanted);
        Map<String, ParsedStatement> inBatch = new HashMap<>();
        List<ParsedStatement> fresh = new ArrayList<>(statements.size());
        for (int i = 0; i < statements.size(); i++) {
            ParsedStatement statement = statements.get(i);
            inBatch.put(statement.id(), statement);
            StatementStore.Existing stored = existing.get(statement.id());
            if (stored == null) {
                fresh.add(statement);
            } else if (!stored.contentHash().equals(statement.contentHash())) {
                throw new XapiProblem(XapiProblem.CONFLICT, place(statements, i, "id"), "xapi.error.conflict", statement.id());
            }
        }
        Set<String> voided = new HashSet<>();
        for (int i = 0; i < statements.size(); i++) {
            ParsedStatement statement = statements.get(i);
            if (!statement.isVoiding() || existing.containsKey(statement.id())) {
                continue;
            }
            StatementStore.Existing target = existing.get(statement.voidsId());
            ParsedStatement batchTarget = inBatch.get(statement.voidsId());
            if ((target != null && target.voidsId() != null) || (batchTarget != null && batchTarget.isVoiding())) {
                throw XapiProblem.invalid(place(statements, i, "object.id"), "xapi.error.voidVoiding", statement.voidsId());
            }
            voided.add(statement.voidsId());
        }
        if (fresh.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        LocalDateTime stored = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        List<StatementStore.Row> rows = new ArrayList<>(fresh.size());
        for (ParsedStatement statement : fresh) {
            String json = statement.json();
            if (json.length() > STATEMENT_MAX_CHARS) {
                throw XapiProblem.invalid(place(statements, statements.indexOf(statement), ""),
                        "xapi.error.statementTooLarge", STATEMENT_MAX_CHARS);
            }
            Instant time = statement.timestamp() == null ? now : statement.timestamp();
            rows.add(new StatementStore.Row(statement.id(), statement.contentHash(), statement.actor().key(),
                    statement.verbId(), statement.objectId(), LocalDateTime.ofInstant(time, ZoneOffset.UTC), stored,
                    client, statement.version(), statement.voidsId(), json));
        }
        store.insert(rows);
        if (!voided.isEmpty()) {
            store.markVoided(voided);
        }
        JsonObject authority = authority(client);
        List<StatementAccepted> events = new ArrayList<>(fresh.size());
        for (ParsedStatement statement : fresh) {
            if (!statement.isVoiding()) {
                ParsedStatement.Actor actor = statement.actor();
                events.add(new StatementAccepted(UUID.fromString(statement.id()), actor.homePage(), actor.name(),
                        actor.mbox(), statement.verbId(), statement.objectId(),
                        statement.timestamp() == null ? now : statement.timestamp(),
                        () -> Served.statementText(statement, now, authority), statement.received()));
            }
        }
        if (!events.isEmpty()) {
            accepted.fire(new StatementsAccepted(events));
        }
        audit.record("XAPI_STATEMENTS_STORED", "XapiStatement", null,
                client + ": " + fresh.size() + " stored, " + voided.size() + " voided");
        return fresh.size();
    }

    /** A stored statement that is not voided. */
    public Optional<JsonObject> find(String id) {
        return row(id).filter(s -> !s.isVoided()).map(this::served);
    }

    /** A stored statement that has been voided. */
    public Optional<JsonObject> findVoided(String id) {
        return row(id).filter(XapiStatement::isVoided).map(this::served);
    }

    /**
     * One page of the statements not voided, newest stored first unless ascending; since is
     * exclusive and until inclusive (stored times), after is the seq cursor of a "more" link.
     */
    public StatementPage list(StatementQuery query, int limit) {
        StringBuilder jpql = new StringBuilder("select s from XapiStatement s where s.voided = false");
        Map<String, Object> parameters = new HashMap<>();
        if (query.getSince() != null) {
            jpql.append(" and s.storedAt > :since");
            parameters.put("since", LocalDateTime.ofInstant(query.getSince(), ZoneOffset.UTC));
        }
        if (query.getUntil() != null) {
            jpql.append(" and s.storedAt <= :until");
            parameters.put("until", LocalDateTime.ofInstant(query.getUntil(), ZoneOffset.UTC));
        }
        if (query.getVerb() != null) {
            jpql.append(" and s.verbId = :verb");
            parameters.put("verb", query.getVerb());
        }
        if (query.getActorKey() != null) {
            jpql.append(" and s.actorKey = :actor");
            parameters.put("actor", query.getActorKey());
        }
        if (query.getObjectId() != null) {
            jpql.append(" and s.objectId = :object");
            parameters.put("object", query.getObjectId());
        }
        if (query.getAfter() != null) {
            jpql.append(query.isAscending() ? " and s.seq > :after" : " and s.seq < :after");
            parameters.put("after", query.getAfter());
        }
        jpql.append(query.isAscending() ? " order by s.seq asc" : " order by s.seq desc");
        var typed = em.createQuery(jpql.toString(), XapiStatement.class).setMaxResults(limit + 1);
        parameters.forEach(typed::setParameter);
        List<XapiStatement> rows = typed.getResultList();
        boolean more = rows.size() > limit;
        List<XapiStatement> page = more ? rows.subList(0, limit) : rows;
        List<JsonObject> statements = page.stream().map(this::served).toList();
        Long next = more ? page.get(page.size() - 1).getSeq() : null;
        return new StatementPage(statements, next);
    }

    private Optional<XapiStatement> row(String id) {
        return Optional.ofNullable(em.find(XapiStatement.class, id));
    }

    private JsonObject served(XapiStatement row) {
        Instant stored = row.getStoredAt().toInstant(ZoneOffset.UTC);
        return Served.statement(row.getStatementId(), Served.parse(row.getStatementJson()), stored,
                authority(row.getClientName()), row.getXapiVersion());
    }

    private JsonObject authority(String client) {
        return Served.authority(client, config.publicUrl());
    }

    private static String place(List<ParsedStatement> statements, int index, String field) {
        String at = statements.size() == 1 ? "" : "statements[" + index + "]";
        if (field.isEmpty()) {
            return at;
        }
        return at.isEmpty() ? field : at + "." + field;
    }
}
