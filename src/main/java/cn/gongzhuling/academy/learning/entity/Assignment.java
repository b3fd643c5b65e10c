package cn.gongzhuling.academy.learning.entity;

import cn.gongzhuling.academy.organization.entity.Position;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Required training: a course for everyone in an org subtree, optionally only some positions,
 * with a due date. Deactivating it stops new enrolments; existing enrolments and progress stay.
 */
@Entity
@Table(name = "assignment")
public class Assignment {

    @Id
    @SequenceGenerator(name = "learning_seq", sequenceName = "learning_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "learning_seq")
    private Long id;

    @Column(name = "course_id", nullable = false)
    private Long courseId;

    @Column(name = "scope_unit_id", nullable = false)
    private Long scopeUnitId;

    @Column(nullable = false, length = 400)
    private String positions;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Assignment() {
    }

    public Assignment(Long courseId, Long scopeUnitId, Collection<Position> positions, LocalDate dueDate,
                      LocalDateTime createdAt, String createdBy) {
        this.courseId = courseId;
        this.scopeUnitId = scopeUnitId;
        this.positions = encode(positions);
        this.dueDate = dueDate;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** ",A,B," so SQL can match a person's position with LIKE '%,' || position || ',%'; '' means all. */
    public static String encode(Collection<Position> positions) {
        if (positions == null || positions.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(",");
        positions.stream().distinct().sorted().forEach(p -> sb.append(p.name()).append(','));
        return sb.toString();
    }

    public List<Position> getPositionList() {
        List<Position> list = new ArrayList<>();
        for (String p : positions.split(",")) {
            if (!p.isBlank()) {
                list.add(Position.valueOf(p));
            }
        }
        return list;
    }

    public Long getId() { return id; }
    public Long getCourseId() { return courseId; }
    public Long getScopeUnitId() { return scopeUnitId; }
    public String getPositions() { return positions; }
    public LocalDate getDueDate() { return dueDate; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public long getVersion() { return version; }
}
