package cn.gongzhuling.academy.field.boundary;

import cn.gongzhuling.academy.certification.boundary.SkillCertificates;
import cn.gongzhuling.academy.field.control.FieldDraft;
import cn.gongzhuling.academy.field.entity.FieldKind;
import cn.gongzhuling.academy.field.entity.FieldRecord;
import cn.gongzhuling.academy.field.entity.FieldTask;
import cn.gongzhuling.academy.field.entity.RecordSource;
import cn.gongzhuling.academy.field.entity.TaskStatus;
import cn.gongzhuling.academy.organization.entity.OrgLevel;
import cn.gongzhuling.academy.organization.entity.OrgUnit;
import cn.gongzhuling.academy.organization.entity.Person;
import cn.gongzhuling.academy.organization.entity.Position;
import cn.gongzhuling.academy.platform.boundary.BusinessException;
import cn.gongzhuling.academy.security.boundary.AuditLog;
import cn.gongzhuling.academy.security.boundary.Caller;
import cn.gongzhuling.academy.security.boundary.CurrentUser;
import cn.gongzhuling.academy.security.boundary.NotInScopeException;
import cn.gongzhuling.academy.security.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Field tasks. Organisers (in their scope) and community secretaries (in their community) create
 * tasks needing a skill and assign them; only an active cadre in scope who holds a valid
 * certificate for the skill today can be assigned, checked here whatever the form sent. The
 * assignee completes a task by recording the work, which creates the field record.
 * {@link TaskFlagging} flags open tasks whose assignee's certificate is no longer valid.
 */
@ApplicationScoped
@Transactional
public class FieldTaskService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    SkillCertificates certificates;

    @Inject
    FieldRecordService records;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public FieldTask create(String title, String description, FieldKind kind, String skillCode, Long gridId,
                            LocalDate dueOn, Long assigneeId) {
        Caller caller = currentUser.get();
        List<String> scopes = scopes(caller);
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty() || cleanTitle.length() > FieldTask.TITLE_MAX) {
            throw new BusinessException("task.error.title", FieldTask.TITLE_MAX);
        }
        String cleanDescription = description == null || description.isBlank() ? null : description.strip();
        if (cleanDescription != null && cleanDescription.length() > FieldTask.DESCRIPTION_MAX) {
            throw new BusinessException("task.error.description", FieldTask.DESCRIPTION_MAX);
        }
        if (kind == null) {
            throw new BusinessException("field.error.kind");
        }
        List<String> skills = records.skillsOf(kind);
        String skill = skillCode == null || skillCode.isBlank() ? (skills.isEmpty() ? null : skills.get(0)) : skillCode;
        if (skill == null || !skills.contains(skill)) {
            throw new BusinessException("task.error.skill");
        }
        OrgUnit grid = gridId == null ? null : em.find(OrgUnit.class, gridId);
        if (grid == null || !new PathScope("", scopes, "").covers(grid.getPath())) {
            throw new NotInScopeException();
        }
        if (grid.getLevel() != OrgLevel.GRID) {
            throw new BusinessException("task.error.grid");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (dueOn != null && dueOn.isBefore(now.toLocalDate())) {
            throw new BusinessException("assign.error.duePast");
        }
        FieldTask task = new FieldTask(cleanTitle, cleanDescription, kind, skill, grid, dueOn, now, caller.username());
        if (assigneeId != null) {
            task.assign(certifiedCandidate(task, assigneeId, scopes, now.toLocalDate()));
        }
        em.persist(task);
        audit.record("TASK_CREATED", "FieldTask", task.getId(), kind + " " + skill + " " + grid.getCode()
                + (task.getAssignee() == null ? "" : " -> " + task.getAssignee().getStaffNo()));
        return task;
    }

    /** Assigns (or reassigns) an open task; the person must hold a valid certificate for its skill today. */
    public FieldTask assign(Long taskId, long expectedVersion, Long personId) {
        Caller caller = currentUser.get();
        List<String> scopes = scopes(caller);
        FieldTask task = managed(taskId, scopes);
        if (task.getVersion() != expectedVersion) {
            throw new OptimisticLockException();
        }
        if (!task.isOpen()) {
            throw new BusinessException("task.error.notOpen");
        }
        task.assign(certifiedCandidate(task, personId, scopes, LocalDate.now(clock)));
        audit.record("TASK_ASSIGNED", "FieldTask", task.getId(), task.getAssignee().getStaffNo());
        return task;
    }

    public void cancel(Long taskId, long expectedVersion) {
        FieldTask task = managed(taskId, scopes(currentUser.get()));
        if (task.getVersion() != expectedVersion) {
            throw new OptimisticLockException();
        }
        if (!task.isOpen()) {
            throw new BusinessException("task.error.notOpen");
        }
        task.cancel(LocalDateTime.now(clock));
        audit.record("TASK_CANCELLED", "FieldTask", task.getId(), task.getTitle());
    }

    /** The assignee completes the task: the field record of its kind and grid is created and linked. */
    public FieldRecord complete(Long taskId, long expectedVersion, FieldDraft draft, byte[] photo) {
        Caller caller = currentUser.get();
        FieldTask task = taskId == null ? null : em.find(FieldTask.class, taskId);
        if (task == null || task.getAssignee() == null || !task.getAssignee().getId().equals(caller.personId())) {
            throw new NotInScopeException();
        }
        if (task.getVersion() != expectedVersion) {
            throw new OptimisticLockException();
        }
        if (!task.isOpen()) {
            throw new BusinessException("task.error.notOpen");
        }
        draft.setKind(task.getKind());
        draft.setGridId(task.getGrid().getId());
        FieldRecord record = records.save(task.getAssignee(), draft, RecordSource.TASK, null, caller.username(),
                photo, task.getId());
        task.complete(record.getId(), LocalDateTime.now(clock));
        audit.record("TASK_COMPLETED", "FieldTask", task.getId(), "record " + record.getId());
        return record;
    }

    /** Tasks in the caller's scope: open ones first (flagged first among them), then the rest; at most max. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FieldTask> list(int max) {
        List<String> scopes = scopes(currentUser.get());
        PathScope scope = new PathScope("t.gridPath", scopes, "s");
        TypedQuery<FieldTask> q = em.createQuery("select t from FieldTask t join fetch t.grid left join fetch t.assignee "
                + "where " + scope.jpql() + " order by case when t.status = :open then 0 else 1 end, "
                + "case when t.flaggedOn is null then 1 else 0 end, t.createdAt desc, t.id desc", FieldTask.class);
        scope.bind(q);
        return q.setParameter("open", TaskStatus.OPEN).setMaxResults(max).getResultList();
    }

    /** The caller's own open tasks. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FieldTask> mine() {
        Long personId = currentUser.get().personId();
        if (personId == null) {
            return List.of();
        }
        return em.createQuery("select t from FieldTask t join fetch t.grid where t.assignee.id = :p and t.status = :s "
                        + "order by t.dueOn, t.id", FieldTask.class)
                .setParameter("p", personId).setParameter("s", TaskStatus.OPEN).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FieldTask mineById(Long taskId) {
        Long personId = currentUser.get().personId();
        FieldTask task = taskId == null ? null : em.find(FieldTask.class, taskId);
        if (task == null || task.getAssignee() == null || !task.getAssignee().getId().equals(personId)) {
            throw new NotInScopeException();
        }
        return task;
    }

    /** Active cadres of the task's community who hold a valid certificate for its skill today. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Person> candidates(Long taskId) {
        List<String> scopes = scopes(currentUser.get());
        FieldTask task = managed(taskId, scopes);
        return candidates(task.getSkillCode(), task.getGrid(), scopes);
    }

    /** Active cadres in scope of a grid's community who hold the skill today (for the new-task form). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Person> candidates(String skillCode, Long gridId) {
        List<String> scopes = scopes(currentUser.get());
        OrgUnit grid = gridId == null ? null : em.find(OrgUnit.class, gridId);
        if (grid == null || skillCode == null || !new PathScope("", scopes, "").covers(grid.getPath())) {
            return List.of();
        }
        return candidates(skillCode, grid, scopes);
    }

    private List<Person> candidates(String skill, OrgUnit grid, List<String> scopes) {
        String community = communityOf(grid);
        List<Person> people = em.createQuery("select p from Person p join fetch p.orgUnit u where p.active = :a "
                + "and u.path like :c order by p.nameZh", Person.class).setParameter("a", true)
                .setParameter("c", community + "%").setMaxResults(2000).getResultList();
        PathScope scope = new PathScope("", scopes, "");
        List<Person> inScope = people.stream().filter(p -> scope.covers(p.getOrgUnit().getPath())).toList();
        Set<Long> holders = certificates.holders(skill, LocalDate.now(clock), inScope.stream().map(Person::getId).toList());
        return inScope.stream().filter(p -> holders.contains(p.getId())).toList();
    }

    /** Units (grids) the caller may create tasks in. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrgUnit> grids() {
        List<String> scopes = scopes(currentUser.get());
        PathScope scope = new PathScope("u.path", scopes, "s");
        TypedQuery<OrgUnit> q = em.createQuery("select u from OrgUnit u where u.level = :g and u.active = :a and "
                + scope.jpql() + " order by u.path", OrgUnit.class);
        scope.bind(q);
        return q.setParameter("g", OrgLevel.GRID).setParameter("a", true).setMaxResults(2000).getResultList();
    }

    /** Whether the caller may manage field tasks (an organiser or a community secretary). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean canManage() {
        return !taskScopes(currentUser.get()).isEmpty();
    }

    private Person certifiedCandidate(FieldTask task, Long personId, List<String> scopes, LocalDate day) {
        Person person = personId == null ? null : em.find(Person.class, personId);
        if (person == null || !new PathScope("", scopes, "").covers(person.getOrgUnit().getPath())) {
            throw new NotInScopeException();
        }
        if (!person.isActive() || !person.getOrgUnit().getPath().startsWith(communityOf(task.getGrid()))) {
            throw new BusinessException("task.error.outsideCommunity", person.getNameZh());
        }
        if (!certificates.holdsValid(person.getId(), task.getSkillCode(), day)) {
            throw new BusinessException("task.error.notCertified", person.getNameZh(), person.getStaffNo(),
                    task.getSkillCode());
        }
        return person;
    }

    private FieldTask managed(Long taskId, List<String> scopes) {
        FieldTask task = taskId == null ? null : em.find(FieldTask.class, taskId);
        if (task == null || !new PathScope("", scopes, "").covers(task.getGridPath())) {
            throw new NotInScopeException();
        }
        return task;
    }

    private List<String> scopes(Caller caller) {
        List<String> scopes = taskScopes(caller);
        if (scopes.isEmpty()) {
            throw new NotInScopeException();
        }
        return scopes;
    }

    /** Organiser scopes, plus the community of a caller who is its secretary. */
    private List<String> taskScopes(Caller caller) {
        List<String> scopes = new ArrayList<>(caller.scopes(Role.ORGANIZER));
        if (caller.personId() != null) {
            Person me = em.find(Person.class, caller.personId());
            if (me != null && me.isActive() && me.getPosition() == Position.COMMUNITY_SECRETARY
                    && me.getOrgUnit().getLevel() == OrgLevel.COMMUNITY) {
                scopes.add(me.getOrgUnit().getPath());
            }
        }
        return scopes;
    }

    private static String communityOf(OrgUnit grid) {
        return FieldChecker.communityPath(grid);
    }
}
