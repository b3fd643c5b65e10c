package cn.gongzhuling.academy.field.boundary;

import cn.gongzhuling.academy.certification.boundary.SkillCertificates;
import cn.gongzhuling.academy.field.control.FieldDraft;
import cn.gongzhuling.academy.field.control.FieldProblem;
import cn.gongzhuling.academy.field.entity.FieldKind;
import cn.gongzhuling.academy.field.entity.FieldRecord;
import cn.gongzhuling.academy.field.entity.FieldRecordHistory;
import cn.gongzhuling.academy.field.entity.RecordSource;
import cn.gongzhuling.academy.field.entity.SkillUse;
import cn.gongzhuling.academy.organization.entity.OrgLevel;
import cn.gongzhuling.academy.organization.entity.OrgUnit;
import cn.gongzhuling.academy.organization.entity.Person;
import cn.gongzhuling.academy.platform.boundary.BusinessException;
import cn.gongzhuling.academy.platform.control.UploadedImage;
import cn.gongzhuling.academy.security.boundary.AuditLog;
import cn.gongzhuling.academy.security.boundary.Caller;
import cn.gongzhuling.academy.security.boundary.CurrentUser;
import cn.gongzhuling.academy.security.boundary.NotInScopeException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Field records: a cadre records their own work (phone form), corrects it with a reason (history
 * appended, never overwritten); imports, the API, xAPI statements and completed tasks save through
 * {@link #save}. Every record belongs to a grid of the cadre's own community. When a record is
 * saved, each skill its kind uses is stored with whether the cadre held a valid certificate for it
 * on the day the work was done: a fact fixed then, never recomputed.
 */
@ApplicationScoped
@Transactional
public class FieldRecordService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    SkillCertificates certificates;

    @Inject
    PhotoStore photos;

    @Inject
    FieldChecker checker;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<FieldWorkChanged> fieldWorkChanged;

    /** The caller records their own field work. */
    public FieldRecord record(FieldDraft draft, byte[] photo) {
        Caller caller = currentUser.get();
        return save(self(caller), draft, RecordSource.FORM, null, caller.username(), photo, null);
    }

    /**
     * Checks and saves a record of a person's work (the caller's scope was checked by the caller of
     * this method). Throws {@link InvalidRecordException} or another BusinessException and writes
     * nothing when something is wrong.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public FieldRecord save(Person person, FieldDraft draft, RecordSource source, String externalId, String actor,
                            byte[] photo, Long taskId) {
        return save(person, draft, source, externalId, actor, photo, taskId, null);
    }

    /** The same with the skill uses taken from facts worked out for a whole batch (null: looked up here). */
    @Transactional(Transactional.TxType.MANDATORY)
    FieldRecord save(Person person, FieldDraft draft, RecordSource source, String externalId, String actor,
                     byte[] photo, Long taskId, SkillFacts facts) {
        LocalDateTime now = LocalDateTime.now(clock);
        OrgUnit grid = checked(person, draft, now);
        UploadedImage image = image(photo);
        FieldRecord record = new FieldRecord(person, grid, source, externalId, now, actor);
        record.apply(draft, grid);
        LocalDate day = draft.getOccurredAt().toLocalDate();
        record.useSkills(facts != null && facts.covers(draft.getKind())
                ? facts.uses(person.getId(), draft.getKind(), day)
                : skillUses(person.getId(), draft.getKind(), day));
        record.linkTask(taskId);
        if (image != null) {
            record.attachPhoto(photos.store(image), image.kind().mediaType());
        }
        em.persist(record);
        fieldWorkChanged.fire(new FieldWorkChanged(person.getId()));
        return record;
    }

    /** Normalises and checks a draft for a person; returns the grid it names. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OrgUnit checked(Person person, FieldDraft draft, LocalDateTime now) {
        List<FieldProblem> problems = new java.util.ArrayList<>();
        OrgUnit grid = checker.check(person, draft, now, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRecordException(problems);
        }
        return grid;
    }

    /** Corrects a record: the cadre it belongs to or an organiser of its grid, with a reason; the kind stays. */
    public FieldRecord correct(Long id, long expectedVersion, FieldDraft draft, String reason) {
        Caller caller = currentUser.get();
        FieldRecord record = visible(id, caller);
        if (record.getVersion() != expectedVersion) {
            throw new OptimisticLockException();
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > FieldRecordHistory.REASON_MAX) {
            throw new InvalidRecordException(List.of(new FieldProblem("reason", "field.error.reason",
                    FieldRecordHistory.REASON_MAX)));
        }
        draft.setKind(record.getKind());
        if (record.getStatus() != null && !record.getStatus().canMoveTo(draft.getStatus())) {
            throw new InvalidRecordException(List.of(new FieldProblem("status", "field.error.statusBackwards")));
        }
        LocalDateTime now = LocalDateTime.now(clock);
        OrgUnit grid = checked(record.getPerson(), draft, now);
        String before = record.describe();
        record.apply(draft, grid);
        String after = record.describe();
        if (before.equals(after)) {
            throw new BusinessException("field.error.noChange");
        }
        em.persist(new FieldRecordHistory(record.getId(), now, caller.username(), why, before, after));
        audit.record("FIELD_CORRECTED", "FieldRecord", record.getId(), why);
        fieldWorkChanged.fire(new FieldWorkChanged(record.getPerson().getId()));
        return record;
    }

    /** The caller's own records, newest first (one indexed range of (person, occurred_at)). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FieldRecord> mine(int first, int max) {
        Long personId = self(currentUser.get()).getId();
        return em.createQuery("select r from FieldRecord r join fetch r.grid where r.person.id = :p "
                        + "order by r.occurredAt desc, r.id desc", FieldRecord.class)
                .setParameter("p", personId).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long countMine() {
        Long personId = self(currentUser.get()).getId();
        return em.createQuery("select count(r) from FieldRecord r where r.person.id = :p", Long.class)
                .setParameter("p", personId).getSingleResult();
    }

    /** A record the caller may see: their own, or one in a grid they organise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FieldRecord find(Long id) {
        return visible(id, currentUser.get());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FieldRecordHistory> history(Long id) {
        visible(id, currentUser.get());
        return em.createQuery("select h from FieldRecordHistory h where h.recordId = :r order by h.changedAt desc, h.id desc",
                FieldRecordHistory.class).setParameter("r", id).getResultList();
    }

    /** The photo of a visible record: bytes and media type; not found when there is none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Photo photo(Long id) {
        FieldRecord record = visible(id, currentUser.get());
        if (record.getPhotoFile() == null) {
            throw new NotInScopeException();
        }
        return new Photo(photos.read(record.getPhotoFile()), record.getPhotoType(),
                "field-record-" + id + (record.getPhotoType().endsWith("png") ? ".png" : ".jpg"));
    }

    public record Photo(byte[] content, String mediaType, String fileName) {
    }

    /** Grids of the caller's own community, for the entry form. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrgUnit> myGrids() {
        Person me = self(currentUser.get());
        return em.createQuery("select u from OrgUnit u where u.level = :g and u.active = :a and u.path like :p "
                        + "order by u.code", OrgUnit.class).setParameter("g", OrgLevel.GRID).setParameter("a", true)
                .setParameter("p", FieldChecker.communityPath(me) + "%").getResultList();
    }

    /** The grid of the caller's latest record, or their own grid, to preselect on the form. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Long lastGridId() {
        Person me = self(currentUser.get());
        List<Long> last = em.createQuery("select r.grid.id from FieldRecord r where r.person.id = :p "
                + "order by r.occurredAt desc, r.id desc", Long.class).setParameter("p", me.getId())
                .setMaxResults(1).getResultList();
        if (!last.isEmpty()) {
            return last.get(0);
        }
        return me.getOrgUnit().getLevel() == OrgLevel.GRID ? me.getOrgUnit().getId() : null;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long photoMaxBytes() {
        return photos.maxBytes();
    }

    /** Whether the caller is a cadre with a person record (who can record field work). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean canRecord() {
        return currentUser.get().personId() != null;
    }

    /** Skill codes the kind uses, by the admin-configured mapping. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> skillsOf(FieldKind kind) {
        return em.createQuery("select k.skillCode from KindSkill k where k.kind = :k order by k.skillCode", String.class)
                .setParameter("k", kind).getResultList();
    }

    /**
     * The skill uses of many records to be saved in one transaction: one query per kind for its skills
     * and one for the certificates of all the people (per 500), whatever the days, instead of two per record.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    SkillFacts skillFacts(Collection<SkillFacts.Need> needs) {
        Map<FieldKind, List<String>> skillsOfKind = new EnumMap<>(FieldKind.class);
        Set<Long> people = new HashSet<>();
        for (SkillFacts.Need need : needs) {
            if (!skillsOfKind.computeIfAbsent(need.kind(), this::skillsOf).isEmpty()) {
                people.add(need.personId());
            }
        }
        Map<String, Set<Long>> holders = new HashMap<>();
        Map<Long, List<SkillCertificates.SkillSpan>> spans = new HashMap<>();
        for (SkillCertificates.SkillSpan span : certificates.spans(people)) {
            spans.computeIfAbsent(span.personId(), k -> new ArrayList<>()).add(span);
        }
        for (SkillFacts.Need need : needs) {
            for (String skill : skillsOfKind.get(need.kind())) {
                Set<Long> held = holders.computeIfAbsent(SkillFacts.key(skill, need.day()), k -> new HashSet<>());
                for (SkillCertificates.SkillSpan span : spans.getOrDefault(need.personId(), List.of())) {
                    if (span.skillCode().equals(skill) && span.covers(need.day())) {
                        held.add(need.personId());
                        break;
                    }
                }
            }
        }
        return new SkillFacts(skillsOfKind, holders);
    }

    List<SkillUse> skillUses(Long personId, FieldKind kind, LocalDate day) {
        List<String> codes = skillsOf(kind);
        if (codes.isEmpty()) {
            return List.of();
        }
        Set<String> valid = certificates.validSkillCodes(personId, day);
        return codes.stream().map(c -> new SkillUse(c, valid.contains(c))).toList();
    }

    UploadedImage image(byte[] photo) {
        if (photo == null || photo.length == 0) {
            return null;
        }
        try {
            return UploadedImage.of(photo, photos.maxBytes());
        } catch (UploadedImage.Rejected e) {
            throw new InvalidRecordException(List.of(new FieldProblem("photo", e.key(),
                    photos.maxBytes() / (1024 * 1024) + " MB")));
        }
    }

    private FieldRecord visible(Long id, Caller caller) {
        FieldRecord record = id == null ? null : em.find(FieldRecord.class, id);
        if (record == null || !(record.getPerson().getId().equals(caller.personId())
                || caller.canManage(record.getGridPath()))) {
            throw new NotInScopeException();
        }
        return record;
    }

    private Person self(Caller caller) {
        Person person = caller.personId() == null ? null : em.find(Person.class, caller.personId());
        if (person == null) {
            throw new BusinessException("field.error.noPerson");
        }
        return person;
    }
}
