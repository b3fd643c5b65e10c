package cn.gongzhuling.academy.bench.data;

import cn.gongzhuling.academy.bench.data.GenerationContext.Cadre;
import cn.gongzhuling.academy.bench.data.GenerationContext.Unit;
import java.security.GeneralSecurityException;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Random;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Accounts for a sample of the cadres (5 %, at least 20): trainee logins {@code bench.t00001} ...
 * in cadre order, and one organizer per generated street ({@code bench.street01} ...), all with
 * the password {@value #PASSWORD}. The hash is the app's PBKDF2-SHA256 format with its default
 * 210,000 iterations and a salt derived from the seed, so the rows are reproducible.
 */
public final class AccountData implements FeatureData {

    public static final String PASSWORD = "bench2026";
    public static final String TRAINEE_PREFIX = "bench.t";
    public static final String STREET_ORGANIZER_PREFIX = "bench.street";
    static final int ITERATIONS = 210_000;

    @Override
    public String name() {
        return "accounts";
    }

    @Override
    public void generate(GenerationContext ctx) throws SQLException {
        Random random = ctx.random(name());
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        String hash = hash(PASSWORD.toCharArray(), salt);
        int wanted = Math.max(20, ctx.cadres().size() / 20);
        int step = Math.max(1, ctx.cadres().size() / wanted);
        try (Batch accounts = ctx.batch("account",
                "id, username, password_hash, person_id, locale, active, created_at, version");
             Batch grants = ctx.batch("role_grant", "id, account_id, role, scope_unit_id, granted_at, granted_by")) {
            grants.after(accounts);
            int n = 0;
            for (int i = 0; i < ctx.cadres().size() && n < wanted; i += step) {
                Cadre cadre = ctx.cadres().get(i);
                if (!cadre.active()) {
                    continue;
                }
                long id = ctx.nextId();
                accounts.row(id, String.format("%s%05d", TRAINEE_PREFIX, ++n), hash, cadre.id(), "zh-CN", true,
                        ctx.anchor().minusDays(400), 0L);
                grants.row(ctx.nextId(), id, "TRAINEE", null, ctx.anchor().minusDays(400), "system");
            }
            int s = 0;
            for (Unit street : ctx.streets()) {
                long id = ctx.nextId();
                accounts.row(id, String.format("%s%02d", STREET_ORGANIZER_PREFIX, ++s), hash, null, "zh-CN", true,
                        ctx.anchor().minusDays(400), 0L);
                grants.row(ctx.nextId(), id, "ORGANIZER", street.id(), ctx.anchor().minusDays(400), "system");
            }
        }
    }

    static String hash(char[] password, byte[] salt) {
        return hash(password, salt, ITERATIONS);
    }

    /** The app's PBKDF2-SHA256 format with a given salt (reproducible) and iteration count. */
    static String hash(char[] password, byte[] salt, int iterations) {
        try {
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password, salt, iterations, 256)).getEncoded();
            Base64.Encoder b64 = Base64.getEncoder();
            return "PBKDF2-SHA256$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
