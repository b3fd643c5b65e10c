package cn.gongzhuling.academy.certification.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A certificate as an Open Badges 3.0 AchievementCredential (VC Data Model 2.0: validFrom and
 * validUntil). Unsigned: the verification page named by its id is the authority. The holder is
 * identified by a salted SHA-256 of their staff number, never by name.
 */
public final class BadgeDocument {

    public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    public static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

    /** The facts a badge states. */
    public record Facts(String verifyUrl, String courseCode, int versionNo, String courseZh, String courseEn,
                        String summaryZh, String summaryEn, List<String> skillCodes, String holderHash,
                        String holderSalt, LocalDate issuedOn, LocalDate expiresOn, String issuerId,
                        String issuerZh, String issuerEn, String issuerUrl, String issuerEmail) {
    }

    private BadgeDocument() {
    }

    public static JsonObject of(Facts f, ZoneId zone) {
        DateTimeFormatter iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        String validFrom = f.issuedOn().atStartOfDay(zone).format(iso);
        String validUntil = f.expiresOn().atTime(LocalTime.of(23, 59, 59)).atZone(zone).format(iso);
        JsonArrayBuilder tags = Json.createArrayBuilder();
        f.skillCodes().forEach(tags::add);
        JsonObjectBuilder issuer = Json.createObjectBuilder()
                .add("id", f.issuerId())
                .add("type", Json.createArrayBuilder().add("Profile"))
                .add("name", f.issuerZh() + " / " + f.issuerEn())
                .add("url", f.issuerUrl());
        if (f.issuerEmail() != null && !f.issuerEmail().isBlank()) {
            issuer.add("email", f.issuerEmail());
        }
        JsonObject achievement = Json.createObjectBuilder()
                .add("id", "urn:gongzhuling-academy:course:" + f.courseCode() + ":v" + f.versionNo())
                .add("type", Json.createArrayBuilder().add("Achievement"))
                .add("achievementType", "Certificate")
                .add("name", f.courseZh() + " / " + f.courseEn())
                .add("description", f.summaryZh() + "\n\n" + f.summaryEn())
                .add("criteria", Json.createObjectBuilder().add("narrative",
                        "完成全部课程、通过测验和实操考核。Completed every lesson, passed the quiz and the practical skill check."))
                .add("tag", tags)
                .add("inLanguage", "zh-CN")
                .build();
        return Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add(VC_CONTEXT).add(OB_CONTEXT))
                .add("id", f.verifyUrl())
                .add("type", Json.createArrayBuilder().add("VerifiableCredential").add("AchievementCredential"))
                .add("name", f.courseZh() + " / " + f.courseEn())
                .add("issuer", issuer)
                .add("validFrom", validFrom)
                .add("validUntil", validUntil)
                .add("credentialSubject", Json.createObjectBuilder()
                        .add("type", Json.createArrayBuilder().add("AchievementSubject"))
                        .add("identifier", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("type", "IdentityObject")
                                .add("hashed", true)
                                .add("identityHash", "sha256$" + f.holderHash())
                                .add("identityType", "identifier")
                                .add("salt", f.holderSalt())))
                        .add("achievement", achievement))
                .build();
    }
}
