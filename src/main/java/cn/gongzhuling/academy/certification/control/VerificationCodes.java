package cn.gongzhuling.academy.certification.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Verification codes: 256 random bits from SecureRandom as base64url without padding (43
 * characters, safe in a URL path). Certificates are looked up by the SHA-256 of the code.
 */
public final class VerificationCodes {

    public static final int LENGTH = 43;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{" + LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodes() {
    }

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text can be a code at all; anything else is not looked up. */
    public static boolean wellFormed(String code) {
        return code != null && SHAPE.matcher(code).matches();
    }

    public static String hash(String code) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(String.valueOf(code).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Serial number a person can read out on the phone: GZL-CPR-FA-2026-001234. */
    public static String serial(String prefix, String courseCode, int year, long id) {
        return String.format("%s-%s-%d-%06d", prefix, courseCode, year, id);
    }
}
