package cn.gongzhuling.academy.xapi.boundary;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * One newly stored, non-voiding xAPI statement, as {@link StatementsAccepted} hands it to observers.
 * Its served JSON text is made only when an observer asks for it (most statements of a batch are
 * never mapped, and splicing a text per statement is measurable on the intake path).
 */
public final class StatementAccepted {

    private final UUID statementId;
    private final String actorHomePage;
    private final String actorName;
    private final String actorMbox;
    private final String verbId;
    private final String objectId;
    private final Instant timestamp;
    private final JsonObject content;
    private Supplier<String> json;
    private String statementJson;

    /**
     * @param actorHomePage account.homePage of the actor, or null
     * @param actorName     account.name of the actor (a cadre's staff number when it is one of ours), or null
     * @param actorMbox     mbox of the actor ("mailto:..."), or null
     * @param statementJson the statement as stored, with id, stored, authority set by the server
     */
    public StatementAccepted(UUID statementId, String actorHomePage, String actorName, String actorMbox,
                             String verbId, String objectId, Instant timestamp, String statementJson) {
        this(statementId, actorHomePage, actorName, actorMbox, verbId, objectId, timestamp, () -> statementJson, null);
    }

    /**
     * The same with the served text made on first use, and the statement's content as received
     * (already parsed at validation; null when not at hand): an observer that reads properties of the
     * statement takes them from there instead of making the served text and parsing it again.
     */
    public StatementAccepted(UUID statementId, String actorHomePage, String actorName, String actorMbox,
                             String verbId, String objectId, Instant timestamp, Supplier<String> statementJson,
                             JsonObject content) {
        this.content = content;
        this.statementId = statementId;
        this.actorHomePage = actorHomePage;
        this.actorName = actorName;
        this.actorMbox = actorMbox;
        this.verbId = verbId;
        this.objectId = objectId;
        this.timestamp = timestamp;
        this.json = statementJson;
    }

    public UUID statementId() { return statementId; }
    public String actorHomePage() { return actorHomePage; }
    public String actorName() { return actorName; }
    public String actorMbox() { return actorMbox; }
    public String verbId() { return verbId; }
    public String objectId() { return objectId; }
    public Instant timestamp() { return timestamp; }

    /**
     * The statement's properties as the client sent them (without what the server sets: id when
     * generated, stored, authority), or null when only {@link #statementJson()} is at hand.
     */
    public JsonObject content() { return content; }

    /** The statement as served (id, stored, authority and version set by the server). */
    public synchronized String statementJson() {
        if (json != null) {
            statementJson = json.get();
            json = null;
        }
        return statementJson;
    }

    @Override
    public String toString() {
        return "StatementAccepted[" + statementId + " " + verbId + "]";
    }
}
