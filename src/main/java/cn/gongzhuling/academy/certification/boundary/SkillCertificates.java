package cn.gongzhuling.academy.certification.boundary;

import static cn.gongzhuling.academy.platform.control.QueryValues.date;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which skills people hold a valid certificate for on a given day. The one question other features
 * (field tasks, field records, reports) ask of certification; answered in SQL, in bulk where needed.
 * No role check here: callers are services that already checked the caller's scope for these people.
 */
@ApplicationScoped
public class SkillCertificates {

    private static final int IN_CHUNK = 500;
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
        Set<Long> holders = new HashSet<>();
        for (SkillSpan span : spans(personIds)) {
            if (span.skillCode().equals(skillCode) && span.covers(day)) {
                holders.add(span.personId());
            }
        }
        return holders;
    }

    /**
     * Every skill the given people hold through a certificate that is not revoked, with the days it
     * is valid: a batch works out who held what on which day from this in memory.
     *
     * <p>The days are compared here, not in SQL, on purpose: on H2 2.2 a {@code person_id IN (...)}
     * list together with a range on expires_on (the second column of ix_certificate_person) makes
     * the index cursor drop the list and walk the whole index (134,000 certificates at scale 1, about
     * a second per query). The list alone is answered from the person index.
     */
    public List<SkillSpan> spans(Collection<Long> personIds) {
        List<Long> all = List.copyOf(new LinkedHashSet<>(personIds));
        List<SkillSpan> spans = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
            for (Object[] row : em.createQuery("select c.personId, s.code, c.issuedOn, c.expiresOn from Certificate c"
                            + " join c.courseVersion v join v.skills s where c.personId in :people and c.revokedAt is null",
                    Object[].class).setParameter("people", chunk).getResultList()) {
                spans.add(new SkillSpan((Long) row[0], (String) row[1], date(row[2]), date(row[3])));
            }
        }
        return spans;
    }

    /** A skill a person holds through one certificate, valid from its issue day to its last day (inclusive). */
    public record SkillSpan(Long personId, String skillCode, LocalDate from, LocalDate to) {

        public boolean covers(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }
}
