package cn.gongzhuling.academy.organization.boundary;

import cn.gongzhuling.academy.organization.control.FieldError;
import cn.gongzhuling.academy.organization.control.PersonDraft;
import cn.gongzhuling.academy.organization.control.PersonRules;
import cn.gongzhuling.academy.organization.entity.OrgUnit;
import cn.gongzhuling.academy.organization.entity.Person;
import cn.gongzhuling.academy.organization.entity.Position;
import cn.gongzhuling.academy.security.boundary.AuditLog;
import cn.gongzhuling.academy.security.entity.AuditEvent;
import cn.gongzhuling.academy.security.boundary.CurrentUser;
import cn.gongzhuling.academy.security.boundary.NotInScopeException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** People of the organisation, always restricted to the caller's organiser scope. */
@ApplicationScoped
@Transactional
public class PersonService {

    /** Sortable columns: UI field name to JPQL path. Anything else sorts by staff number. */
    static final Map<String, String> SORTABLE = Map.of(
            "staffNo", "p.staffNo",
            "nameZh", "p.nameZh",
            "nameEn", "p.nameEn",
            "position", "p.position",
            "unit", "u.path",
            "active", "p.active");

    /** Staff numbers per lookup query of an import. */
    static final int LOOKUP_CHUNK = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<PlacementChanged> placed;

    @Inject
    Event<PersonAdded> added;

    @Inject
    CurrentUser currentUser;

    @Inject
    OrgUnitService units;

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Person> page(PersonQuery query) {
        String order = SORTABLE.getOrDefault(query.sortField() == null ? "" : query.sortField(), "p.staffNo");
        TypedQuery<Person> q = em.createQuery("select p from Person p join fetch p.orgUnit u where "
                + where(query) + " order by " + order + (query.ascending() ? " asc" : " desc") + ", p.id", Person.class);
        bind(q, query);
        return q.setFirstResult(query.first()).setMaxResults(query.pageSize()).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(PersonQuery query) {
        TypedQuery<Long> q = em.createQuery("select count(p) from Person p join p.orgUnit u where " + where(query),
                Long.class);
        bind(q, query);
        return q.getSingleResult();
    }

    private String where(PersonQuery query) {
        StringBuilder sb = new StringBuilder(ScopeFilter.of(currentUser.get(), "u.path").jpql());
        if (query.unitId() != null) {
            sb.append(" and u.path like :unitPath");
        }
        if (Like.contains(query.text()) != null) {
            sb.append(" and (lower(p.staffNo) like :text escape '\\' or lower(p.nameZh) like :text escape '\\'"
                    + " or lower(p.nameEn) like :text escape '\\' or p.phone like :text escape '\\')");
        }
        if (query.position() != null) {
            sb.append(" and p.position = :position");
        }
        if (query.active() != null) {
            sb.append(" and p.active = :active");
        }
        return sb.toString();
    }

    private void bind(TypedQuery<?> q, PersonQuery query) {
        ScopeFilter.of(currentUser.get(), "u.path").bind(q);
        if (query.unitId() != null) {
            q.setParameter("unitPath", units.find(query.unitId()).getPath() + "%");
        }
        String like = Like.contains(query.text());
        if (like != null) {
            q.setParameter("text", like);
        }
        if (query.position() != null) {
            q.setParameter("position", query.position());
        }
        if (query.active() != null) {
            q.setParameter("active", query.active());
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Person find(Long id) {
        Person person = id == null ? null : em.find(Person.class, id);
        if (person == null || !currentUser.get().canManage(person.getOrgUnit().getPath())) {
            throw new NotInScopeException();
        }
        return person;
    }

    /** The change history of a person the caller may manage, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEvent> history(Long id) {
        return audit.forEntity("Person", find(id).getId());
    }

    /** The caller's own person record (any logged-in user may read their own). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Person self(Long personId) {
        if (personId == null || !personId.equals(currentUser.get().personId())) {
            throw new NotInScopeException();
        }
        return em.createQuery("select p from Person p join fetch p.orgUnit where p.id = :id", Person.class)
                .setParameter("id", personId).getSingleResult();
    }

    /** Unscoped: only for this package's create and import, which report people outside the caller's scope. */
    @Transactional(Transactional.TxType.SUPPORTS)
    Optional<Person> findByStaffNo(String staffNo) {
        return em.createQuery("select p from Person p join fetch p.orgUnit where p.staffNo = :s", Person.class)
                .setParameter("s", staffNo).getResultStream().findFirst();
    }

    public Person create(PersonDraft draft) {
        validate(draft, null);
        OrgUnit unit = units.find(draft.getUnitId());
        Person person = new Person(draft.getStaffNo(), draft.getNameZh(), draft.getNameEn(), unit, draft.getPosition());
        person.setPhone(draft.getPhone());
        person.setActive(draft.isActive());
        em.persist(person);
        em.flush();
        added.fire(new PersonAdded(person.getId()));
        audit.record("PERSON_CREATED", "Person", person.getId(), describe(person));
        return person;
    }

    public Person update(Long id, PersonDraft draft) {
        Person person = find(id);
        OrgUnitService.checkVersion(person.getVersion(), draft.getVersion());
        validate(draft, id);
        OrgUnit unit = units.find(draft.getUnitId());
        String before = describe(person);
        Placement placement = new Placement(person);
        apply(person, draft, unit);
        em.flush();
        placement.announceChange(person, placed);
        String after = describe(person);
        if (!before.equals(after)) {
            audit.record("PERSON_UPDATED", "Person", id, before + " -> " + after);
        }
        return person;
    }

    public void setActive(Long id, long expectedVersion, boolean active) {
        Person person = find(id);
        OrgUnitService.checkVersion(person.getVersion(), expectedVersion);
        Placement placement = new Placement(person);
        person.setActive(active);
        em.flush();
        placement.announceChange(person, placed);
        audit.record(active ? "PERSON_ACTIVATED" : "PERSON_DEACTIVATED", "Person", id, person.getStaffNo());
    }

    /** Inserts or updates by staff number; the unit must already be resolved. */
    public Person upsert(PersonDraft draft, OrgUnit unit) {
        Optional<Person> existing = findByStaffNo(draft.getStaffNo());
        if (existing.isEmpty()) {
            return add(draft, unit);
        }
        upsert(draft, unit, existing.get());
        return existing.get();
    }

    /**
     * Inserts or updates by staff number when the caller has already looked up the existing
     * person (the CSV import reads them in bulk). Does not flush, so a large import goes to the
     * database in JDBC batches at commit.
     */
    public UpsertOutcome upsert(PersonDraft draft, OrgUnit unit, Person existing) {
        if (!currentUser.get().canManage(unit.getPath())) {
            throw new NotInScopeException();
        }
        if (existing == null) {
            add(draft, unit);
            return UpsertOutcome.ADDED;
        }
        if (!currentUser.get().canManage(existing.getOrgUnit().getPath())) {
            throw new NotInScopeException();
        }
        String before = describe(existing);
        Placement placement = new Placement(existing);
        apply(existing, draft, unit);
        placement.announceChange(existing, placed);
        String after = describe(existing);
        if (before.equals(after)) {
            return UpsertOutcome.UNCHANGED;
        }
        audit.record("PERSON_IMPORTED", "Person", existing.getId(), before + " -> " + after);
        return UpsertOutcome.UPDATED;
    }

    /**
     * Existing people by staff number, whatever their unit (the import reports those outside
     * the caller's scope), with their units, in one query per thousand numbers.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    Map<String, Person> findByStaffNos(Collection<String> staffNos) {
        List<String> all = List.copyOf(staffNos);
        Map<String, Person> found = new HashMap<>();
        for (int from = 0; from < all.size(); from += LOOKUP_CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + LOOKUP_CHUNK));
            em.createQuery("select p from Person p join fetch p.orgUnit where p.staffNo in :s", Person.class)
                    .setParameter("s", chunk).getResultList()
                    .forEach(p -> found.put(p.getStaffNo(), p));
        }
        return found;
    }

    private Person add(PersonDraft draft, OrgUnit unit) {
        if (!currentUser.get().canManage(unit.getPath())) {
            throw new NotInScopeException();
        }
        Person person = new Person(draft.getStaffNo(), draft.getNameZh(), draft.getNameEn(), unit,
                draft.getPosition());
        person.setPhone(draft.getPhone());
        person.setActive(draft.isActive());
        em.persist(person); // the id comes from the sequence's preallocated block
        added.fire(new PersonAdded(person.getId()));
        audit.record("PERSON_IMPORTED", "Person", person.getId(), describe(person));
        return person;
    }

    /** Where a person was counted before a change: their unit, whether they were active, their position. */
    private record Placement(Long unitId, boolean active, Position position) {

        Placement(Person person) {
            this(person.getOrgUnit().getId(), person.isActive(), person.getPosition());
        }

        void announceChange(Person person, Event<PlacementChanged> placed) {
            if (!unitId.equals(person.getOrgUnit().getId()) || active != person.isActive()
                    || position != person.getPosition()) {
                placed.fire(new PlacementChanged(person.getId(), Set.copyOf(List.of(unitId, person.getOrgUnit().getId()))));
            }
        }
    }

    private static void apply(Person person, PersonDraft draft, OrgUnit unit) {
        person.setStaffNo(draft.getStaffNo());
        person.setNameZh(draft.getNameZh());
        person.setNameEn(draft.getNameEn());
        person.setPhone(draft.getPhone());
        person.setPosition(draft.getPosition());
        person.setOrgUnit(unit);
        person.setActive(draft.isActive());
    }

    private void validate(PersonDraft draft, Long selfId) {
        List<FieldError> errors = new ArrayList<>(PersonRules.check(draft));
        if (draft.getStaffNo() != null) {
            findByStaffNo(draft.getStaffNo())
                    .filter(p -> !p.getId().equals(selfId))
                    .ifPresent(p -> errors.add(new FieldError("staffNo", "person.error.staffNoTaken", draft.getStaffNo())));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
    }

    private static String describe(Person p) {
        return p.getStaffNo() + " " + p.getNameZh() + " / " + p.getNameEn() + ", " + p.getPosition()
                + ", " + p.getOrgUnit().getCode() + (p.getPhone() == null ? "" : ", " + p.getPhone())
                + (p.isActive() ? "" : ", inactive");
    }
}
