package cn.gongzhuling.academy.organization.boundary;

import cn.gongzhuling.academy.organization.control.UnitCsv;
import cn.gongzhuling.academy.organization.entity.OrgUnit;
import cn.gongzhuling.academy.platform.control.CsvTable;
import cn.gongzhuling.academy.platform.control.ImportErrors;
import cn.gongzhuling.academy.security.boundary.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The org-unit part of {@link ImportService} (admins only, checked there): reads the whole
 * tree once, validates every row, then creates new units in file order (parents first) and
 * renames existing ones. Units never move here; that is the tree page's job.
 */
@ApplicationScoped
class UnitImport {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.MANDATORY)
    ImportResult run(CsvTable table, ImportErrors errors, Locale locale) {
        Map<String, OrgUnit> byCode = new HashMap<>();
        em.createQuery("select u from OrgUnit u left join fetch u.parent", OrgUnit.class).getResultList()
                .forEach(u -> byCode.put(u.getCode(), u));
        List<UnitCsv.Draft> drafts = UnitCsv.parse(table, code -> existing(byCode.get(code)), errors);
        if (!errors.isEmpty()) {
            return ImportResult.failed(errors, locale);
        }
        int added = 0;
        int renamed = 0;
        for (UnitCsv.Draft d : drafts) {
            if (d.change() == UnitCsv.Change.NEW) {
                OrgUnit unit = new OrgUnit(d.code(), d.level(), d.nameZh(), d.nameEn());
                em.persist(unit); // the id comes from the sequence and is needed for the path
                unit.placeUnder(byCode.get(d.parentCode()));
                byCode.put(d.code(), unit);
                audit.record("UNIT_IMPORTED", "OrgUnit", unit.getId(), describe(unit));
                added++;
            } else if (d.change() == UnitCsv.Change.RENAMED) {
                OrgUnit unit = byCode.get(d.code());
                String before = describe(unit);
                unit.setNameZh(d.nameZh());
                unit.setNameEn(d.nameEn());
                audit.record("UNIT_IMPORTED", "OrgUnit", unit.getId(), before + " -> " + describe(unit));
                renamed++;
            }
        }
        return ImportResult.done(added, renamed, drafts.size() - added - renamed);
    }

    private static UnitCsv.Existing existing(OrgUnit unit) {
        if (unit == null) {
            return null;
        }
        String parent = unit.getParent() == null ? null : unit.getParent().getCode();
        return new UnitCsv.Existing(unit.getCode(), unit.getLevel(), parent, unit.getNameZh(), unit.getNameEn());
    }

    private static String describe(OrgUnit u) {
        return u.getCode() + " " + u.getNameZh() + " / " + u.getNameEn();
    }
}
