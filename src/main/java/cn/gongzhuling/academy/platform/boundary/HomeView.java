package cn.gongzhuling.academy.platform.boundary;

import cn.gongzhuling.academy.catalog.boundary.CatalogService;
import cn.gongzhuling.academy.catalog.entity.CourseImport;
import cn.gongzhuling.academy.organization.boundary.OrgUnitService;
import cn.gongzhuling.academy.organization.boundary.PersonService;
import cn.gongzhuling.academy.organization.boundary.UnitSummary;
import cn.gongzhuling.academy.organization.entity.OrgLevel;
import cn.gongzhuling.academy.organization.entity.OrgUnit;
import cn.gongzhuling.academy.organization.entity.Person;
import cn.gongzhuling.academy.security.boundary.AuditLog;
import cn.gongzhuling.academy.security.boundary.CurrentUser;
import cn.gongzhuling.academy.security.entity.AuditEvent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The home page: for each role the caller holds, what to do now. */
@Named
@RequestScoped
public class HomeView {

    @Inject
    CurrentUser currentUser;

    @Inject
    OrgUnitService units;

    @Inject
    PersonService people;

    @Inject
    AuditLog audit;

    @Inject
    CatalogService catalog;

    private Person me;
    private Map<OrgLevel, Long> unitCounts;
    private List<OrgUnit> roots;
    private final Map<Long, List<UnitSummary>> children = new HashMap<>();

    public Person getMe() {
        if (me == null && currentUser.get().personId() != null) {
            me = people.self(currentUser.get().personId());
        }
        return me;
    }

    public List<OrgUnit> getRoots() {
        if (roots == null) {
            roots = units.roots();
        }
        return roots;
    }

    public long unitCount(String level) {
        if (unitCounts == null) {
            unitCounts = units.countsByLevel();
        }
        return unitCounts.getOrDefault(OrgLevel.valueOf(level), 0L);
    }

    public long peopleInScope() {
        return getRoots().stream().mapToLong(units::activePeopleIn).sum();
    }

    /** Remembered per request: the data table asks for its value more than once while rendering. */
    public List<UnitSummary> childrenOf(OrgUnit root) {
        return children.computeIfAbsent(root.getId(), units::childSummaries);
    }

    /** The latest course imports, so an admin sees at once whether the curricula imported cleanly. */
    public List<CourseImport> getRecentImports() {
        return currentUser.isAdmin() ? catalog.history(0, 5) : List.of();
    }

    public List<AuditEvent> getRecentChanges() {
        return currentUser.isAdmin() ? audit.recent(0, 8) : List.of();
    }
}
