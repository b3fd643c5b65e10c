package cn.gongzhuling.academy.xapi.control;

import jakarta.json.JsonObject;
import java.time.Instant;

/**
 * A valid statement with what the store indexes, extracted once at validation.
 *
 * @param id            the statement id, lower case (the client's, or generated when it sent none)
 * @param received      the statement as the client sent it (without a generated id)
 * @param text          its JSON text exactly as sent, or null when not known (then received is written)
 * @param contentHash   SHA-256 of its canonical form without stored, authority and version
 * @param timestamp     the client's timestamp, or null when it sent none (the stored time is used)
 * @param version       the xAPI version the client put in the statement, or null
 * @param voidsId       for a voiding statement, the id of the statement it voids; else null
 */
public record ParsedStatement(String id, JsonObject received, String text, String contentHash, Actor actor, String verbId,
                              String objectId, Instant timestamp, String version, String voidsId) {

    public static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";

    /** The JSON to keep: the text as sent when known. */
    public String json() {
        return text != null ? text : received.toString();
    }

    public boolean isVoiding() {
        return voidsId != null;
    }

    /**
     * The identifying part of an actor.
     *
     * @param key      one string per identity: "mbox:mailto:..", "mbox_sha1sum:..", "openid:..",
     *                 "account:homePage|name", or "group:" and a hash for an anonymous group
     */
    public record Actor(String key, String mbox, String homePage, String name) {
    }
}
