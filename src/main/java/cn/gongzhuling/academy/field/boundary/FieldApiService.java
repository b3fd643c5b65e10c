package cn.gongzhuling.academy.field.boundary;

import cn.gongzhuling.academy.field.control.FieldDraft;
import cn.gongzhuling.academy.field.control.FieldProblem;
import cn.gongzhuling.academy.field.entity.FieldRecord;
import cn.gongzhuling.academy.field.entity.RecordSource;
import cn.gongzhuling.academy.organization.entity.Person;
import cn.gongzhuling.academy.security.boundary.ApiCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Field records for integrations: the API client's org subtree is its scope; a record is
 * idempotent by the client's external id (sent twice, stored once).
 */
@ApplicationScoped
@Transactional
public class FieldApiService {

    /** What a POST did: the record's id, and whether it was new. */
    public record Outcome(Long id, boolean created) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    FieldRecordService records;

    @Inject
    FieldSearch search;

    @Inject
    FieldChecker checker;

    @Inject
    Clock clock;

    public Outcome create(ApiCaller client, String externalId, String staffNo, String gridCode, FieldDraft draft) {
        if (externalId == null || externalId.isBlank() || externalId.length() > FieldRecord.EXTERNAL_ID_MAX - 4) {
            throw new InvalidRecordException(List.of(new FieldProblem("external_id", "field.error.externalId",
                    FieldRecord.EXTERNAL_ID_MAX - 4)));
        }
        String key = "api:" + externalId.strip();
        Optional<Long> existing = em.createQuery("select r.id from FieldRecord r where r.externalId = :e", Long.class)
                .setParameter("e", key).getResultStream().findFirst();
        if (existing.isPresent()) {
            return new Outcome(existing.get(), false);
        }
        Person person = staffNo == null ? null : em.createQuery("select p from Person p join fetch p.orgUnit "
                + "where p.staffNo = :s", Person.class).setParameter("s", staffNo).getResultStream().findFirst()
                .filter(p -> client.inScope(p.getOrgUnit().getPath())).orElse(null);
        if (person == null) {
            throw new InvalidRecordException(List.of(new FieldProblem("staff_no", "field.error.unknownStaffNo")));
        }
        draft.setGridId(gridCode == null ? null : em.createQuery("select u.id from OrgUnit u where u.code = :c", Long.class)
                .setParameter("c", gridCode).getResultStream().findFirst().orElse(-1L));
        FieldRecord record = records.save(person, draft, RecordSource.API, key, "api:" + client.name(), null, null);
        return new Outcome(record.getId(), true);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FieldRecord> page(ApiCaller client, FieldQuery query) {
        return search.page(query, List.of(client.scopePath()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(ApiCaller client, FieldQuery query) {
        return search.count(query, List.of(client.scopePath()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<FieldRecord> find(ApiCaller client, Long id) {
        FieldRecord record = id == null ? null : em.find(FieldRecord.class, id);
        return Optional.ofNullable(record).filter(r -> client.inScope(r.getGridPath()));
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
