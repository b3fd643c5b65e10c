package cn.gongzhuling.academy.field.boundary;

import cn.gongzhuling.academy.field.entity.FieldKind;
import cn.gongzhuling.academy.field.entity.FieldTask;
import cn.gongzhuling.academy.organization.entity.OrgUnit;
import cn.gongzhuling.academy.organization.entity.Person;
import cn.gongzhuling.academy.platform.boundary.BusinessException;
import cn.gongzhuling.academy.platform.boundary.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * /field/tasks: organisers and community secretaries create field tasks needing a skill, assign
 * them to certified cadres only (the list offers only those; the service refuses anyone else) and
 * reassign tasks flagged because the assignee's certificate lapsed.
 */
@Named
@ViewScoped
public class FieldTasksView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FieldTaskService tasks;

    @Inject
    FieldRecordService records;

    @Inject
    FacesMessages messages;

    private String title;
    private String description;
    private FieldKind kind = FieldKind.DISPUTE_MEDIATED;
    private Long gridId;
    private LocalDate dueOn;
    private Long assigneeId;
    private Long reassignTaskId;
    private Long reassignPersonId;
    private transient List<FieldTask> rows;
    private transient List<OrgUnit> grids;
    private transient List<Person> candidates;
    private transient List<Person> reassignCandidates;

    public void create() {
        try {
            tasks.create(title, description, kind, null, gridId, dueOn, assigneeId);
            messages.info("task.created");
            title = null;
            description = null;
            assigneeId = null;
            dueOn = null;
            rows = null;
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    public void startReassign(FieldTask task) {
        reassignTaskId = task.getId();
        reassignPersonId = null;
        reassignCandidates = null;
    }

    public void reassign() {
        try {
            FieldTask task = rows().stream().filter(t -> t.getId().equals(reassignTaskId)).findFirst()
                    .orElseThrow(() -> new BusinessException("error.notFound"));
            tasks.assign(task.getId(), task.getVersion(), reassignPersonId);
            messages.info("task.assigned");
            reassignTaskId = null;
        } catch (OptimisticLockException e) {
            messages.error("error.conflict");
        } catch (BusinessException e) {
            messages.error(e);
        }
        rows = null;
    }

    public void cancel(FieldTask task) {
        try {
            tasks.cancel(task.getId(), task.getVersion());
            messages.info("task.cancelled");
        } catch (OptimisticLockException e) {
            messages.error("error.conflict");
        } catch (BusinessException e) {
            messages.error(e);
        }
        rows = null;
    }

    public void choiceChanged() {
        candidates = null;
        assigneeId = null;
    }

    private List<FieldTask> rows() {
        if (rows == null) {
            rows = tasks.list(300);
        }
        return rows;
    }

    public List<FieldTask> getRows() {
        return rows();
    }

    public List<OrgUnit> getGrids() {
        if (grids == null) {
            grids = tasks.grids();
        }
        return grids;
    }

    public String getSkill() {
        List<String> skills = kind == null ? List.of() : records.skillsOf(kind);
        return skills.isEmpty() ? null : skills.get(0);
    }

    public List<Person> getCandidates() {
        if (candidates == null) {
            candidates = gridId == null ? List.of() : tasks.candidates(getSkill(), gridId);
        }
        return candidates;
    }

    public List<Person> getReassignCandidates() {
        if (reassignCandidates == null) {
            reassignCandidates = reassignTaskId == null ? List.of() : tasks.candidates(reassignTaskId);
        }
        return reassignCandidates;
    }

    public FieldKind[] getKinds() {
        return FieldKind.values();
    }

    public LocalDate getToday() {
        return LocalDate.now(cn.gongzhuling.academy.platform.boundary.ClockProducer.ZONE);
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public FieldKind getKind() { return kind; }
    public void setKind(FieldKind kind) { this.kind = kind; }
    public Long getGridId() { return gridId; }
    public void setGridId(Long gridId) { this.gridId = gridId; }
    public LocalDate getDueOn() { return dueOn; }
    public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
    public Long getAssigneeId() { return assigneeId; }
    public void setAssigneeId(Long assigneeId) { this.assigneeId = assigneeId; }
    public Long getReassignTaskId() { return reassignTaskId; }
    public Long getReassignPersonId() { return reassignPersonId; }
    public void setReassignPersonId(Long reassignPersonId) { this.reassignPersonId = reassignPersonId; }
}
