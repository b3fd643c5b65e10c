package cn.gongzhuling.academy.field.boundary;

import cn.gongzhuling.academy.field.control.FieldDraft;
import cn.gongzhuling.academy.field.control.FieldProblem;
import cn.gongzhuling.academy.field.control.FieldRules;
import cn.gongzhuling.academy.organization.entity.OrgLevel;
import cn.gongzhuling.academy.organization.entity.OrgUnit;
import cn.gongzhuling.academy.organization.entity.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks of a draft for a person, answering with problems instead of throwing. Deliberately not
 * {@code @Transactional}: an xAPI statement is mapped inside the statement store's transaction, and
 * a refusal there must not mark that transaction for rollback.
 */
@ApplicationScoped
public class FieldChecker {

    @PersistenceContext
    EntityManager em;

    /** The grid the draft names, or null with the problems added to the list. Normalises the draft. */
    public OrgUnit check(Person person, FieldDraft draft, LocalDateTime now, List<FieldProblem> problems) {
        draft.normalised();
        FieldRules.completeProblemDates(draft, now.toLocalDate());
        problems.addAll(FieldRules.check(draft, now));
        if (!person.isActive()) {
            problems.add(new FieldProblem("staff_no", "field.error.inactivePerson"));
        }
        if (draft.getGridId() == null) {
            return null;
        }
        OrgUnit grid = em.find(OrgUnit.class, draft.getGridId());
        if (grid == null || grid.getLevel() != OrgLevel.GRID || !grid.isActive()
                || !grid.getPath().startsWith(communityPath(person))) {
            problems.add(new FieldProblem("grid", "field.error.gridOutsideCommunity"));
            return null;
        }
        return problems.isEmpty() ? grid : null;
    }

    public List<FieldProblem> problems(Person person, FieldDraft draft, LocalDateTime now) {
        List<FieldProblem> problems = new ArrayList<>();
        check(person, draft, now, problems);
        return problems;
    }

    /** The path of the community a person works in: a grid worker's parent, else their own unit. */
    public static String communityPath(Person person) {
        return communityPath(person.getOrgUnit());
    }

    /** A grid's community (its parent); any other unit is its own. */
    public static String communityPath(OrgUnit unit) {
        String path = unit.getPath();
        if (unit.getLevel() == OrgLevel.GRID) {
            int cut = path.lastIndexOf('/', path.length() - 2);
            return path.substring(0, cut + 1);
        }
        return path;
    }
}
