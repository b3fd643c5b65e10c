package cn.gongzhuling.academy.certification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which skills people hold a valid certificate for on a given day. The one question other features
 * (field tasks, field records, reports) ask of certification; answered in SQL, in bulk where needed.
 * No role check here: callers are services that already checked the caller's scope for these people.
 */
@ApplicationScoped
public class SkillCertificates {

    private static final String VALID = " and c.revokedAt is null and c.issuedOn <= :day and c.expiresOn >= :day";

    @PersistenceContext
    EntityManager em;

    /** Codes of the skills the person holds a valid certificate for on the day. */
    public Set<String> validSkillCodes(Long personId, LocalDate day) {
        List<String> codes = em.createQuery("select distinct s.code from Certificate c join c.courseVersion v"
                        + " join v.skills s where c.personId = :p" + VALID, String.class)
                .setParameter("p", personId).setParameter("day", day).getResultList();
        return new HashSet<>(codes);
    }

    public boolean holdsValid(Long personId, String skillCode, LocalDate day) {
        return validSkillCodes(personId, day).contains(skillCode);
    }

    /** Those of the given people who hold a valid certificate for the skill on the day. */
    public Set<Long> holders(String skillCode, LocalDate day, Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        List<Long> ids = em.createQuery("select distinct c.personId from Certificate c join c.courseVersion v"
                        + " join v.skills s where s.code = :skill and c.personId in :people" + VALID, Long.class)
                .setParameter("skill", skillCode).setParameter("people", personIds).setParameter("day", day)
                .getResultList();
        return new HashSet<>(ids);
    }
}
