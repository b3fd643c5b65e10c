package cn.gongzhuling.academy.field.boundary;

import cn.gongzhuling.academy.field.control.FieldCsv;
import cn.gongzhuling.academy.field.control.FieldProblem;
import cn.gongzhuling.academy.field.entity.RecordSource;
import cn.gongzhuling.academy.organization.boundary.ImportResult;
import cn.gongzhuling.academy.organization.boundary.ImportService;
import cn.gongzhuling.academy.organization.entity.OrgUnit;
import cn.gongzhuling.academy.organization.entity.Person;
import cn.gongzhuling.academy.platform.boundary.AppConfig;
import cn.gongzhuling.academy.platform.control.CsvReader;
import cn.gongzhuling.academy.platform.control.CsvTable;
import cn.gongzhuling.academy.platform.control.ImportErrors;
import cn.gongzhuling.academy.security.boundary.AuditLog;
import cn.gongzhuling.academy.security.boundary.Caller;
import cn.gongzhuling.academy.security.boundary.CurrentUser;
import cn.gongzhuling.academy.security.boundary.NotInScopeException;
import cn.gongzhuling.academy.security.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * CSV import of field records by organisers (people and grids of their scope) and admins: every
 * line is checked first, with any problem nothing is written and the problems come back by line
 * and column; otherwise all lines are written in this one transaction. Lines whose external_id
 * was imported before are skipped, so importing the same file twice adds nothing.
 */
@ApplicationScoped
@Transactional
public class FieldImportService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AppConfig config;

    @Inject
    FieldChecker checker;

    @Inject
    FieldRecordService records;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public ImportResult importRecords(InputStream in, Locale locale) {
        Caller caller = currentUser.get();
        if (!caller.isAdmin() && !caller.has(Role.ORGANIZER)) {
            throw new NotInScopeException();
        }
        PathScope scope = new PathScope("", caller.scopes(Role.ORGANIZER), "");
        ImportErrors errors = new ImportErrors();
        long max = config.csvMaxBytes();
        byte[] data;
        try {
            data = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8L));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (data.length > max) {
            errors.add(0, "", "import.error.tooLarge", ImportService.megabytes(max, locale));
            return ImportResult.failed(errors, locale);
        }
        CsvTable table = CsvReader.read(data, FieldCsv.REQUIRED, FieldCsv.OPTIONAL, errors);
        if (!errors.isEmpty()) {
            return ImportResult.failed(errors, locale);
        }
        List<FieldCsv.Row> rows = FieldCsv.parse(table, errors);
        Map<String, Person> people = people(rows.stream().map(FieldCsv.Row::staffNo).toList());
        Map<String, OrgUnit> grids = grids(rows.stream().map(FieldCsv.Row::gridCode).toList());
        Set<String> done = existing(rows.stream().map(r -> key(r.externalId())).toList());
        LocalDateTime now = LocalDateTime.now(clock);
        List<FieldCsv.Row> fresh = new ArrayList<>();
        for (FieldCsv.Row row : rows) {
            Person person = people.get(row.staffNo());
            if (person == null || !scope.covers(person.getOrgUnit().getPath())) {
                errors.add(row.line(), FieldCsv.STAFF_NO, "field.import.unknownStaffNo", ImportErrors.shown(row.staffNo()));
                continue;
            }
            OrgUnit grid = grids.get(row.gridCode());
            if (grid == null || !scope.covers(grid.getPath())) {
                errors.add(row.line(), FieldCsv.GRID, "field.import.unknownGrid", ImportErrors.shown(row.gridCode()));
                continue;
            }
            if (done.contains(key(row.externalId()))) {
                continue;
            }
            row.draft().setGridId(grid.getId());
            for (FieldProblem p : checker.problems(person, row.draft(), now)) {
                errors.add(row.line(), p.field(), p.key(), p.args());
            }
            fresh.add(row);
        }
        if (!errors.isEmpty()) {
            return ImportResult.failed(errors, locale);
        }
        for (FieldCsv.Row row : fresh) {
            records.save(people.get(row.staffNo()), row.draft(), RecordSource.CSV, key(row.externalId()),
                    caller.username(), null, null);
        }
        audit.record("FIELD_IMPORTED", "FieldRecord", null, "field CSV: " + fresh.size() + " added, "
                + (rows.size() - fresh.size()) + " already imported");
        return ImportResult.done(fresh.size(), 0, rows.size() - fresh.size());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long maxBytes() {
        return config.csvMaxBytes();
    }

    private static String key(String externalId) {
        return "csv:" + externalId;
    }

    private Map<String, Person> people(List<String> staffNos) {
        Map<String, Person> map = new HashMap<>();
        for (List<String> chunk : chunks(staffNos)) {
            em.createQuery("select p from Person p join fetch p.orgUnit where p.staffNo in :s", Person.class)
                    .setParameter("s", chunk).getResultList().forEach(p -> map.put(p.getStaffNo(), p));
        }
        return map;
    }

    private Map<String, OrgUnit> grids(List<String> codes) {
        Map<String, OrgUnit> map = new HashMap<>();
        for (List<String> chunk : chunks(codes)) {
            em.createQuery("select u from OrgUnit u where u.code in :c", OrgUnit.class)
                    .setParameter("c", chunk).getResultList().forEach(u -> map.put(u.getCode(), u));
        }
        return map;
    }

    private Set<String> existing(List<String> keys) {
        Set<String> set = new HashSet<>();
        for (List<String> chunk : chunks(keys)) {
            set.addAll(em.createQuery("select r.externalId from FieldRecord r where r.externalId in :k", String.class)
                    .setParameter("k", chunk).getResultList());
        }
        return set;
    }

    private static List<List<String>> chunks(List<String> values) {
        List<String> distinct = values.stream().distinct().toList();
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < distinct.size(); i += 500) {
            chunks.add(distinct.subList(i, Math.min(distinct.size(), i + 500)));
        }
        return chunks;
    }
}
