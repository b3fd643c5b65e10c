package cn.gongzhuling.academy.organization.boundary;

import cn.gongzhuling.academy.organization.control.PeopleCsv;
import cn.gongzhuling.academy.organization.entity.OrgUnit;
import cn.gongzhuling.academy.organization.entity.Person;
import cn.gongzhuling.academy.platform.control.CsvTable;
import cn.gongzhuling.academy.platform.control.ImportErrors;
import cn.gongzhuling.academy.security.boundary.Caller;
import cn.gongzhuling.academy.security.boundary.CurrentUser;
import cn.gongzhuling.academy.security.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The people part of {@link ImportService}: looks everything up first (units in one query,
 * people in chunks), then checks scope, and writes only when no row has a problem. All reads
 * happen before the first write, so nothing is flushed until the commit sends the batches.
 */
@ApplicationScoped
class PeopleImport {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    PersonService people;

    @Transactional(Transactional.TxType.MANDATORY)
    ImportResult run(CsvTable table, ImportErrors errors, Locale locale) {
        Caller caller = currentUser.get();
        Map<String, OrgUnit> units = unitsInScope(caller);
        List<PeopleCsv.Row> rows = PeopleCsv.parse(table,
                code -> units.containsKey(code) ? units.get(code).getId() : null, errors);
        Map<String, Person> existing = people.findByStaffNos(rows.stream().map(r -> r.draft().getStaffNo()).toList());
        for (PeopleCsv.Row row : rows) {
            Person person = existing.get(row.draft().getStaffNo());
            if (person != null && !caller.canManage(person.getOrgUnit().getPath())) {
                errors.add(row.line(), PeopleCsv.STAFF_NO, "import.error.notInScope",
                        ImportErrors.shown(row.draft().getStaffNo()));
            }
            boolean active = row.active() != null ? row.active() : person == null || person.isActive();
            row.draft().setActive(active);
            OrgUnit unit = units.get(row.unitCode());
            if (active && !unit.isActive()) {
                errors.add(row.line(), PeopleCsv.UNIT_CODE, "import.error.inactiveUnit",
                        ImportErrors.shown(row.unitCode()));
            }
        }
        if (!errors.isEmpty()) {
            return ImportResult.failed(errors, locale);
        }
        Map<UpsertOutcome, Integer> counts = new EnumMap<>(UpsertOutcome.class);
        for (PeopleCsv.Row row : rows) {
            UpsertOutcome outcome = people.upsert(row.draft(), units.get(row.unitCode()),
                    existing.get(row.draft().getStaffNo()));
            counts.merge(outcome, 1, Integer::sum);
        }
        return ImportResult.done(counts.getOrDefault(UpsertOutcome.ADDED, 0),
                counts.getOrDefault(UpsertOutcome.UPDATED, 0), counts.getOrDefault(UpsertOutcome.UNCHANGED, 0));
    }

    /** Every unit the caller manages, by code, in one query. */
    private Map<String, OrgUnit> unitsInScope(Caller caller) {
        if (!caller.isAdmin() && caller.scopes(Role.ORGANIZER).isEmpty()) {
            return Map.of();
        }
        ScopeFilter scope = ScopeFilter.of(caller, "u.path");
        TypedQuery<OrgUnit> q = em.createQuery("select u from OrgUnit u where " + scope.jpql(), OrgUnit.class);
        scope.bind(q);
        Map<String, OrgUnit> byCode = new HashMap<>();
        q.getResultList().forEach(u -> byCode.put(u.getCode(), u));
        return byCode;
    }
}
