package cn.gongzhuling.academy.bench.data;

import cn.gongzhuling.academy.bench.data.GenerationContext.Held;
import cn.gongzhuling.academy.certification.control.StatusRule;
import cn.gongzhuling.academy.certification.control.VerificationCodes;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Certificates (V5), one per completed enrolment as the app's CertificateIssuer makes them: issued
 * on the day of completion, valid for the course version's months (StatusRule.expiry), a serial
 * GZL-&lt;course&gt;-&lt;year&gt;-&lt;id&gt;, a 256-bit base64url verification code (from the seed, so
 * reproducible) stored with its SHA-256. Completions of the last two years give expiries spread
 * from a year ago to three years ahead: some expired, some expiring within 60 days. About 1 in 80
 * is revoked by the organizer some weeks after issue. Later features read the certificates held
 * per person ({@link GenerationContext#held}); the bench reads verification codes from the table.
 */
public final class CertificateData implements FeatureData {

    public static final String SERIAL_PREFIX = "GZL";
    static final String REVOKE_REASON = "培训签到记录核查不一致，证书撤销待复核。";

    record Version(String courseCode, int validityMonths, List<String> skills) {
    }

    @Override
    public String name() {
        return "certificates";
    }

    @Override
    public void generate(GenerationContext ctx) throws SQLException {
        Random random = ctx.random(name());
        Map<Long, Version> versions = versions(ctx);
        LocalDate today = ctx.anchor().toLocalDate();
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        byte[] bytes = new byte[32];
        try (Batch certificates = ctx.batch("certificate", "id, serial_no, verification_code, code_hash, person_id, "
                + "course_id, course_version_id, enrolment_id, previous_id, issued_on, expires_on, issued_at, "
                + "revoked_at, revoked_by, revoke_reason, version");
             Statement s = ctx.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT id, person_id, course_id, course_version_id, completed_at "
                     + "FROM enrolment WHERE status = 'COMPLETED' AND id >= " + GenerationContext.FIRST_ID
                     + " ORDER BY id")) {
            while (rs.next()) {
                long enrolment = rs.getLong(1);
                long person = rs.getLong(2);
                Version v = versions.get(rs.getLong(4));
                if (v == null) {
                    continue;
                }
                LocalDateTime issuedAt = rs.getTimestamp(5).toLocalDateTime();
                LocalDate issuedOn = issuedAt.toLocalDate();
                LocalDate expiresOn = StatusRule.expiry(issuedOn, v.validityMonths());
                random.nextBytes(bytes);
                String code = b64.encodeToString(bytes);
                long id = ctx.nextId();
                LocalDateTime revokedAt = null;
                if (random.nextInt(80) == 0) {
                    long days = Math.max(1, ChronoUnit.DAYS.between(issuedOn, today));
                    revokedAt = issuedOn.plusDays(1 + random.nextInt((int) Math.min(days, 120))).atTime(15, 0);
                }
                certificates.row(id, VerificationCodes.serial(SERIAL_PREFIX, v.courseCode(), issuedOn.getYear(), id),
                        code, VerificationCodes.hash(code), person, rs.getLong(3), rs.getLong(4), enrolment, null,
                        issuedOn, expiresOn, issuedAt, revokedAt, revokedAt == null ? null : "organizer",
                        revokedAt == null ? null : REVOKE_REASON, revokedAt == null ? 0L : 1L);
                ctx.held.computeIfAbsent(person, k -> new ArrayList<>()).add(new Held(v.skills(), issuedOn, expiresOn,
                        revokedAt == null ? null : revokedAt.toLocalDate()));
            }
        }
    }

    private static Map<Long, Version> versions(GenerationContext ctx) throws SQLException {
        Map<Long, List<String>> skills = new HashMap<>();
        Map<Long, Version> versions = new HashMap<>();
        try (Statement s = ctx.connection().createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT vs.course_version_id, k.code FROM course_version_skill vs "
                    + "JOIN skill k ON k.id = vs.skill_id ORDER BY vs.course_version_id, k.code")) {
                while (rs.next()) {
                    skills.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT v.id, c.code, v.validity_months FROM course_version v "
                    + "JOIN course c ON c.id = v.course_id")) {
                while (rs.next()) {
                    versions.put(rs.getLong(1), new Version(rs.getString(2), rs.getInt(3),
                            List.copyOf(skills.getOrDefault(rs.getLong(1), List.of()))));
                }
            }
        }
        return versions;
    }
}
