package cn.gongzhuling.academy.learning.boundary;

import cn.gongzhuling.academy.catalog.boundary.CatalogService;
import cn.gongzhuling.academy.catalog.entity.CourseVersion;
import cn.gongzhuling.academy.organization.boundary.OrgUnitService;
import cn.gongzhuling.academy.organization.entity.OrgUnit;
import cn.gongzhuling.academy.organization.entity.Position;
import cn.gongzhuling.academy.platform.boundary.BusinessException;
import cn.gongzhuling.academy.platform.boundary.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The organiser's assignments page (/organize/assignments): assign a course to a unit, list and stop assignments. */
@Named
@ViewScoped
public class AssignmentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AssignmentService assignments;

    @Inject
    CatalogService catalog;

    @Inject
    OrgUnitService units;

    @Inject
    FacesMessages messages;

    private String courseCode;
    private Long unitId;
    private List<String> positions = new ArrayList<>();
    private LocalDate dueDate;
    private transient List<AssignmentRow> rows;
    private transient List<CourseVersion> courses;
    private transient List<OrgUnit> unitChoices;

    public void create() {
        try {
            List<Position> chosen = positions == null ? List.of() : positions.stream().map(Position::valueOf).toList();
            AssignmentService.Created created = assignments.create(courseCode, unitId, chosen, dueDate);
            messages.info("assign.created", created.enrolled());
            courseCode = null;
            unitId = null;
            positions = new ArrayList<>();
            dueDate = null;
            rows = null;
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    public void deactivate(AssignmentRow row) {
        try {
            assignments.deactivate(row.assignment().getId(), row.assignment().getVersion());
            messages.info("assign.deactivated");
        } catch (OptimisticLockException e) {
            messages.error("error.conflict");
        } catch (BusinessException e) {
            messages.error(e);
        }
        rows = null;
    }

    public List<AssignmentRow> getRows() {
        if (rows == null) {
            rows = assignments.list(200);
        }
        return rows;
    }

    public List<CourseVersion> getCourses() {
        if (courses == null) {
            courses = catalog.currentCourses();
        }
        return courses;
    }

    public List<OrgUnit> getUnitChoices() {
        if (unitChoices == null) {
            unitChoices = units.search(null, null, 2000);
        }
        return unitChoices;
    }

    public Position[] getAllPositions() {
        return Position.values();
    }

    public LocalDate getToday() {
        return LocalDate.now(cn.gongzhuling.academy.platform.boundary.ClockProducer.ZONE);
    }

    public String getCourseCode() { return courseCode; }
    public void setCourseCode(String courseCode) { this.courseCode = courseCode; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public List<String> getPositions() { return positions; }
    public void setPositions(List<String> positions) { this.positions = positions; }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
}
