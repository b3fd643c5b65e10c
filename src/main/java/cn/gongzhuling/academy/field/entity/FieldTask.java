package cn.gongzhuling.academy.field.entity;

import cn.gongzhuling.academy.organization.entity.OrgUnit;
import cn.gongzhuling.academy.organization.entity.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Field work an organiser (or community secretary) hands to a certified cadre: it needs one skill,
 * and only a cadre holding a valid certificate for it can be assigned. When the assignee's
 * certificate lapses while the task is open, {@link #flaggedOn} marks it for reassignment.
 */
@Entity
@Table(name = "field_task")
public class FieldTask {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 2000;

    @Id
    @SequenceGenerator(name = "field_seq", sequenceName = "field_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "field_seq")
    private Long id;

    @Size(max = TITLE_MAX)
    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Size(max = DESCRIPTION_MAX)
    @Column(length = DESCRIPTION_MAX)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private FieldKind kind;

    @Column(name = "skill_code", nullable = false, length = 40)
    private String skillCode;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "grid_id", nullable = false)
    private OrgUnit grid;

    @Column(name = "grid_path", nullable = false, length = 400)
    private String gridPath;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id")
    private Person assignee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private TaskStatus status = TaskStatus.OPEN;

    @Column(name = "flagged_on")
    private LocalDate flaggedOn;

    @Column(name = "record_id")
    private Long recordId;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(name = "completed_at")
    private LocalDateTime completedAt;

    @Version
    private long version;

    protected FieldTask() {
    }

    public FieldTask(String title, String description, FieldKind kind, String skillCode, OrgUnit grid,
                     LocalDate dueOn, LocalDateTime createdAt, String createdBy) {
        this.title = title;
        this.description = description;
        this.kind = kind;
        this.skillCode = skillCode;
        this.grid = grid;
        this.gridPath = grid.getPath();
        this.dueOn = dueOn;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public void assign(Person person) {
        this.assignee = person;
        this.flaggedOn = null;
    }

    public void flag(LocalDate day) {
        this.flaggedOn = day;
    }

    public void complete(Long recordId, LocalDateTime at) {
        this.status = TaskStatus.DONE;
        this.recordId = recordId;
        this.completedAt = at;
        this.flaggedOn = null;
    }

    public void cancel(LocalDateTime at) {
        this.status = TaskStatus.CANCELLED;
        this.completedAt = at;
    }

    public boolean isOpen() {
        return status == TaskStatus.OPEN;
    }

    public boolean isFlagged() {
        return flaggedOn != null && isOpen();
    }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public FieldKind getKind() { return kind; }
    public String getSkillCode() { return skillCode; }
    public OrgUnit getGrid() { return grid; }
    public String getGridPath() { return gridPath; }
    public LocalDate getDueOn() { return dueOn; }
    public Person getAssignee() { return assignee; }
    public TaskStatus getStatus() { return status; }
    public LocalDate getFlaggedOn() { return flaggedOn; }
    public Long getRecordId() { return recordId; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public LocalDateTime getCompletedAt() { return completedAt; }
    public long getVersion() { return version; }
}
