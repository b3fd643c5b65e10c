package cn.gongzhuling.academy.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/** Counts the SQL statements EclipseLink sends to the database while some work runs on this thread. */
@ApplicationScoped
public class SqlCounter {

    private static final ThreadLocal<AtomicInteger> COUNT = new ThreadLocal<>();
    private static volatile boolean registered;

    @PersistenceContext
    EntityManager em;

    public int count(Supplier<?> work) {
        register();
        AtomicInteger count = new AtomicInteger();
        COUNT.set(count);
        try {
            work.get();
        } finally {
            COUNT.remove();
        }
        return count.get();
    }

    private synchronized void register() {
        if (registered) {
            return;
        }
        Session server = em.getEntityManagerFactory().unwrap(Session.class);
        server.getEventManager().addListener(new SessionEventAdapter() {
            @Override
            public void preExecuteCall(SessionEvent event) {
                AtomicInteger count = COUNT.get();
                if (count != null) {
                    count.incrementAndGet();
                }
            }
        });
        registered = true;
    }
}
