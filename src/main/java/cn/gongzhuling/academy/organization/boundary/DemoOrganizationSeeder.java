package cn.gongzhuling.academy.organization.boundary;

import cn.gongzhuling.academy.organization.control.DemoOrganization;
import cn.gongzhuling.academy.organization.entity.OrgLevel;
import cn.gongzhuling.academy.organization.entity.OrgUnit;
import cn.gongzhuling.academy.organization.entity.Person;
import cn.gongzhuling.academy.organization.entity.Position;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;

/** Writes the demo organisation and cadres; called once by the start-up seeding in demo mode. */
@ApplicationScoped
public class DemoOrganizationSeeder {

    @PersistenceContext
    EntityManager em;

    /** Creates the tree and the cadres; returns units by code for the caller to place demo staff. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, OrgUnit> seed() {
        Map<String, OrgUnit> byCode = new HashMap<>();
        persist(DemoOrganization.city(), null, OrgLevel.CITY, byCode);
        for (DemoOrganization.Cadre c : DemoOrganization.cadres()) {
            Person person = new Person(c.staffNo(), c.nameZh(), c.nameEn(), byCode.get(c.unitCode()), c.position());
            person.setPhone(c.phone());
            em.persist(person);
        }
        return byCode;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Person staff(String staffNo, String nameZh, String nameEn, OrgUnit unit, Position position) {
        Person person = new Person(staffNo, nameZh, nameEn, unit, position);
        em.persist(person);
        return person;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Person firstIn(String unitCode, Position position) {
        return em.createQuery("select p from Person p where p.orgUnit.code = :c and p.position = :pos "
                        + "order by p.staffNo", Person.class)
                .setParameter("c", unitCode).setParameter("pos", position).setMaxResults(1).getSingleResult();
    }

    private void persist(DemoOrganization.Unit spec, OrgUnit parent,
                         OrgLevel level, Map<String, OrgUnit> byCode) {
        OrgUnit unit = new OrgUnit(spec.code(), level, spec.nameZh(), spec.nameEn());
        em.persist(unit);
        unit.placeUnder(parent);
        byCode.put(spec.code(), unit);
        for (DemoOrganization.Unit child : spec.children()) {
            persist(child, unit, level.childLevel(), byCode);
        }
    }
}
