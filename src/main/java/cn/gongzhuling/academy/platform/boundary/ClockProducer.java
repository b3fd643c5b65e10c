package cn.gongzhuling.academy.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The clock every service injects, so time-dependent rules can be tested. */
@ApplicationScoped
public class ClockProducer {

    /** The city's time zone: dates on certificates and reports are local dates. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Produces
    @ApplicationScoped
    public Clock clock() {
        return Clock.system(ZONE);
    }
}
