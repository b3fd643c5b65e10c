package cn.gongzhuling.academy.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * Failed-login counter for one key (a user name or a client address). Kept in
 * the database so every node of a cluster sees the same count; keyed by the
 * name typed, so unknown names are throttled exactly like real ones.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

    @Id
    @Column(name = "throttle_key", length = 120)
    private String key;

    @Column(nullable = false)
    private int failures;

    @Column(name = "window_start", nullable = false)
    private LocalDateTime windowStart;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    protected LoginThrottle() {
    }

    public LoginThrottle(String key, LocalDateTime now) {
        this.key = key;
        this.windowStart = now;
    }

    public String getKey() { return key; }
    public int getFailures() { return failures; }
    public void setFailures(int failures) { this.failures = failures; }
    public LocalDateTime getWindowStart() { return windowStart; }
    public void setWindowStart(LocalDateTime windowStart) { this.windowStart = windowStart; }
    public LocalDateTime getLockedUntil() { return lockedUntil; }
    public void setLockedUntil(LocalDateTime lockedUntil) { this.lockedUntil = lockedUntil; }
}
