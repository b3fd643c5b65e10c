package cn.gongzhuling.academy.organization.boundary;

import cn.gongzhuling.academy.organization.entity.OrgLevel;
import cn.gongzhuling.academy.organization.entity.OrgUnit;
import cn.gongzhuling.academy.platform.boundary.BusinessException;
import cn.gongzhuling.academy.security.boundary.AuditLog;
import cn.gongzhuling.academy.security.boundary.Caller;
import cn.gongzhuling.academy.security.boundary.CurrentUser;
import cn.gongzhuling.academy.security.boundary.NotInScopeException;
import cn.gongzhuling.academy.security.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;

/**
 * The organisation tree. Every method checks the caller's organiser scope:
 * units outside it behave as if they did not exist.
 */
@ApplicationScoped
@Transactional
public class OrgUnitService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    Event<UnitMoved> moved;

    /** The top units the caller may see: the city for an admin, the scope units for an organiser. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrgUnit> roots() {
        Caller caller = currentUser.get();
        if (caller.isAdmin()) {
            return em.createQuery("select u from OrgUnit u where u.parent is null order by u.code", OrgUnit.class)
                    .getResultList();
        }
        List<String> scopes = caller.scopes(Role.ORGANIZER);
        if (scopes.isEmpty()) {
            return List.of();
        }
        List<OrgUnit> units = em.createQuery("select u from OrgUnit u where u.path in :paths", OrgUnit.class)
                .setParameter("paths", scopes).getResultList();
        // A scope nested inside another scope of the same caller is not a root of its own.
        return units.stream()
                .filter(u -> units.stream().noneMatch(o -> o != u && u.getPath().startsWith(o.getPath())))
                .sorted(Comparator.comparing(OrgUnit::getPath))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrgUnit> children(Long parentId) {
        OrgUnit parent = find(parentId);
        return em.createQuery("select u from OrgUnit u where u.parent = :p order by u.code", OrgUnit.class)
                .setParameter("p", parent).getResultList();
    }

    /** Children counts of several units in one query, for lazy tree nodes. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Map<Long, Long> childCounts(List<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, Long> counts = new java.util.HashMap<>();
        em.createQuery("select u.parent.id, count(u) from OrgUnit u where u.parent.id in :ids group by u.parent.id",
                        Object[].class)
                .setParameter("ids", unitIds).getResultList()
                .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return counts;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OrgUnit find(Long id) {
        OrgUnit unit = id == null ? null : em.find(OrgUnit.class, id);
        if (unit == null || !currentUser.get().canManage(unit.getPath())) {
            throw new NotInScopeException();
        }
        return unit;
    }

    /** Units in scope whose name or code contains the text, for pickers; at most {@code max}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrgUnit> search(String text, OrgLevel level, int max) {
        Caller caller = currentUser.get();
        ScopeFilter scope = ScopeFilter.of(caller, "u.path");
        StringBuilder jpql = new StringBuilder("select u from OrgUnit u where u.active = :active and ").append(scope.jpql());
        if (level != null) {
            jpql.append(" and u.level = :level");
        }
        String like = Like.contains(text);
        if (like != null) {
            jpql.append(" and (lower(u.nameZh) like :t escape '\\' or lower(u.nameEn) like :t escape '\\'"
                    + " or lower(u.code) like :t escape '\\')");
        }
        jpql.append(" order by u.path");
        TypedQuery<OrgUnit> q = em.createQuery(jpql.toString(), OrgUnit.class).setParameter("active", true);
        scope.bind(q);
        if (level != null) {
            q.setParameter("level", level);
        }
        if (like != null) {
            q.setParameter("t", like);
        }
        return q.setMaxResults(max).getResultList();
    }

    public OrgUnit create(Long parentId, String code, String nameZh, String nameEn) {
        OrgUnit parent = find(parentId);
        OrgLevel level = parent.getLevel().childLevel();
        if (level == null) {
            throw new BusinessException("org.error.gridHasNoChildren");
        }
        return createUnder(parent, level, code, nameZh, nameEn);
    }

    private OrgUnit createUnder(OrgUnit parent, OrgLevel level, String code, String nameZh, String nameEn) {
        String cleanCode = code == null ? "" : code.trim();
        if (existsCode(cleanCode, null)) {
            throw new BusinessException("org.error.codeTaken", cleanCode);
        }
        OrgUnit unit = new OrgUnit(cleanCode, level, nameZh.trim(), nameEn.trim());
        em.persist(unit); // assigns the id from the sequence, needed for the path
        unit.placeUnder(parent);
        em.flush();
        audit.record("UNIT_CREATED", "OrgUnit", unit.getId(), cleanCode + " " + nameZh);
        return unit;
    }

    public OrgUnit update(Long id, long expectedVersion, String code, String nameZh, String nameEn) {
        OrgUnit unit = find(id);
        checkVersion(unit.getVersion(), expectedVersion);
        String cleanCode = code.trim();
        if (existsCode(cleanCode, id)) {
            throw new BusinessException("org.error.codeTaken", cleanCode);
        }
        String before = unit.getCode() + " " + unit.getNameZh() + " / " + unit.getNameEn();
        unit.setCode(cleanCode);
        unit.setNameZh(nameZh.trim());
        unit.setNameEn(nameEn.trim());
        em.flush();
        audit.record("UNIT_UPDATED", "OrgUnit", id, before + " -> " + cleanCode + " " + nameZh + " / " + nameEn);
        return unit;
    }

    /** Moves a unit (and its subtree) under another unit of the level above it. */
    public OrgUnit move(Long id, long expectedVersion, Long newParentId) {
        OrgUnit unit = find(id);
        checkVersion(unit.getVersion(), expectedVersion);
        OrgUnit newParent = find(newParentId);
        if (unit.isAncestorOrSelfOf(newParent)) {
            throw new BusinessException("org.error.moveIntoOwnSubtree");
        }
        if (!newParent.getLevel().canParent(unit.getLevel())) {
            throw new BusinessException("org.error.moveWrongLevel");
        }
        String oldPrefix = unit.getPath();
        String oldParent = unit.getParent() == null ? "" : unit.getParent().getCode();
        unit.placeUnder(newParent);
        String newPrefix = unit.getPath();
        em.flush();
        em.createQuery("update OrgUnit u set u.path = concat(:newPrefix, substring(u.path, :from)), "
                        + "u.version = u.version + 1 where u.path like :old and u.id <> :id")
                .setParameter("newPrefix", newPrefix)
                .setParameter("from", oldPrefix.length() + 1)
                .setParameter("old", oldPrefix + "%")
                .setParameter("id", id)
                .executeUpdate();
        audit.record("UNIT_MOVED", "OrgUnit", id, oldParent + " -> " + newParent.getCode());
        moved.fire(new UnitMoved(id));
        return unit;
    }

    public void setActive(Long id, long expectedVersion, boolean active) {
        OrgUnit unit = find(id);
        checkVersion(unit.getVersion(), expectedVersion);
        if (!active && activePeopleIn(unit) > 0) {
            throw new BusinessException("org.error.hasPeople");
        }
        unit.setActive(active);
        audit.record(active ? "UNIT_ACTIVATED" : "UNIT_DEACTIVATED", "OrgUnit", id, unit.getCode());
    }

    /** Deletes a unit that has no sub-units, no people and no role grants. */
    public void delete(Long id, long expectedVersion) {
        OrgUnit unit = find(id);
        checkVersion(unit.getVersion(), expectedVersion);
        if (unit.getParent() == null) {
            throw new BusinessException("org.error.deleteRoot");
        }
        long children = em.createQuery("select count(u) from OrgUnit u where u.parent = :u", Long.class)
                .setParameter("u", unit).getSingleResult();
        if (children > 0) {
            throw new BusinessException("org.error.hasChildren");
        }
        long people = em.createQuery("select count(p) from Person p where p.orgUnit = :u", Long.class)
                .setParameter("u", unit).getSingleResult();
        if (people > 0) {
            throw new BusinessException("org.error.hasPeople");
        }
        long grants = em.createQuery("select count(g) from RoleGrant g where g.scope = :u", Long.class)
                .setParameter("u", unit).getSingleResult();
        if (grants > 0) {
            throw new BusinessException("org.error.hasGrants");
        }
        audit.record("UNIT_DELETED", "OrgUnit", id, unit.getCode() + " " + unit.getNameZh());
        em.remove(unit);
    }

    /** People (active) in the whole subtree of a unit: one indexed range query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long activePeopleIn(OrgUnit unit) {
        return em.createQuery("select count(p) from Person p where p.active = :active and p.orgUnit.path like :path",
                        Long.class)
                .setParameter("active", true).setParameter("path", unit.getPath() + "%").getSingleResult();
    }

    /**
     * Children of a unit with the active people of each child's subtree, fewest first, in two
     * queries. The people are counted per unit over the parent's path range (one indexed range scan)
     * and summed per child here: the former join on {@code path like concat(c.path, '%')} could not
     * use the path index and read every person once per child (4.7 s for the city at 10,000 cadres
     * in the benchmark).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UnitSummary> childSummaries(Long parentId) {
        OrgUnit parent = find(parentId);
        List<OrgUnit> children = em.createQuery("select u from OrgUnit u where u.parent = :p", OrgUnit.class)
                .setParameter("p", parent).getResultList();
        java.util.Map<String, Long> perChildPath = new java.util.HashMap<>();
        int prefix = parent.getPath().length();
        em.createQuery("select u.path, count(p) from Person p join p.orgUnit u where p.active = :active "
                        + "and u.path like :path group by u.path", Object[].class)
                .setParameter("active", true).setParameter("path", parent.getPath() + "%").getResultList()
                .forEach(r -> {
                    String path = (String) r[0];
                    int end = path.indexOf('/', prefix);
                    if (end > 0) { // people of the parent unit itself belong to no child
                        perChildPath.merge(path.substring(0, end + 1), (Long) r[1], Long::sum);
                    }
                });
        return children.stream()
                .map(c -> new UnitSummary(c, perChildPath.getOrDefault(c.getPath(), 0L)))
                .sorted(Comparator.comparingLong(UnitSummary::people).thenComparing(s -> s.unit().getCode()))
                .toList();
    }

    /** Unit count per level within the caller's scope, for the organiser's home page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Map<OrgLevel, Long> countsByLevel() {
        ScopeFilter scope = ScopeFilter.of(currentUser.get(), "u.path");
        TypedQuery<Object[]> q = em.createQuery("select u.level, count(u) from OrgUnit u where u.active = :active and "
                + scope.jpql() + " group by u.level", Object[].class).setParameter("active", true);
        scope.bind(q);
        java.util.Map<OrgLevel, Long> counts = new java.util.EnumMap<>(OrgLevel.class);
        q.getResultList().forEach(r -> counts.put((OrgLevel) r[0], (Long) r[1]));
        return counts;
    }

    private boolean existsCode(String code, Long exceptId) {
        // Two statements rather than ":id is null": PostgreSQL cannot type an untyped null parameter.
        if (exceptId == null) {
            return em.createQuery("select count(u) from OrgUnit u where u.code = :c", Long.class)
                    .setParameter("c", code).getSingleResult() > 0;
        }
        return em.createQuery("select count(u) from OrgUnit u where u.code = :c and u.id <> :id", Long.class)
                .setParameter("c", code).setParameter("id", exceptId).getSingleResult() > 0;
    }

    static void checkVersion(long actual, long expected) {
        if (actual != expected) {
            throw new OptimisticLockException();
        }
    }

}
