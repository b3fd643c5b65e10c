package cn.gongzhuling.academy.xapi.boundary;

import java.time.Instant;
import java.util.UUID;

/**
 * Fired synchronously for each newly stored, non-voiding xAPI statement, inside the transaction
 * that stores it (a batch is one transaction). Observers map statements they understand (the
 * field feature maps its published verbs for known cadres to field records); an observer must not
 * throw for statements it cannot map — those stay stored but unmapped.
 *
 * @param actorHomePage account.homePage of the actor, or null
 * @param actorName     account.name of the actor (a cadre's staff number when it is one of ours), or null
 * @param actorMbox     mbox of the actor ("mailto:..."), or null
 * @param statementJson the statement as stored, with id, stored, authority set by the server
 */
public record StatementAccepted(UUID statementId, String actorHomePage, String actorName, String actorMbox,
                                String verbId, String objectId, Instant timestamp, String statementJson) {
}
