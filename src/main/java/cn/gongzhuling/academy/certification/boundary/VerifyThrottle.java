package cn.gongzhuling.academy.certification.boundary;

import cn.gongzhuling.academy.platform.boundary.AppConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Counts look-ups on the public verification page per client address in a fixed window, in the
 * database so every node counts together. Its own transaction: the count holds whatever the page
 * does next.
 */
@ApplicationScoped
public class VerifyThrottle {

    @PersistenceContext
    EntityManager em;

    @Inject
    AppConfig config;

    @Inject
    Clock clock;

    /** Counts one look-up; false when the client is over the limit for the current window. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean allow(String clientKey) {
        String key = clientKey.length() > 120 ? clientKey.substring(0, 120) : clientKey;
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime windowStart = now.minusMinutes(config.verifyWindowMinutes());
        int updated = em.createNativeQuery("UPDATE verify_throttle SET hits = CASE WHEN window_start < ?1 THEN 1 "
                        + "ELSE hits + 1 END, window_start = CASE WHEN window_start < ?2 THEN ?3 ELSE window_start END "
                        + "WHERE client_key = ?4")
                .setParameter(1, windowStart).setParameter(2, windowStart).setParameter(3, now).setParameter(4, key)
                .executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO verify_throttle (client_key, hits, window_start) VALUES (?1, 1, ?2)")
                    .setParameter(1, key).setParameter(2, now).executeUpdate();
            return true;
        }
        List<?> hits = em.createNativeQuery("SELECT hits FROM verify_throttle WHERE client_key = ?1")
                .setParameter(1, key).getResultList();
        return !hits.isEmpty() && ((Number) hits.get(0)).intValue() <= config.verifyMaxLookups();
    }
}
