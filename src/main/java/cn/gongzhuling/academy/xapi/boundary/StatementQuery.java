package cn.gongzhuling.academy.xapi.boundary;

import java.time.Instant;

/** The filters of GET /xapi/statements, already checked; null means "any". */
public class StatementQuery {

    private Instant since;
    private Instant until;
    private String verb;
    private String actorKey;
    private String objectId;
    private boolean ascending;
    private Long after;

    public Instant getSince() {
        return since;
    }

    public StatementQuery since(Instant value) {
        since = value;
        return this;
    }

    public Instant getUntil() {
        return until;
    }

    public StatementQuery until(Instant value) {
        until = value;
        return this;
    }

    public String getVerb() {
        return verb;
    }

    public StatementQuery verb(String value) {
        verb = value;
        return this;
    }

    public String getActorKey() {
        return actorKey;
    }

    public StatementQuery actorKey(String value) {
        actorKey = value;
        return this;
    }

    public String getObjectId() {
        return objectId;
    }

    public StatementQuery objectId(String value) {
        objectId = value;
        return this;
    }

    public boolean isAscending() {
        return ascending;
    }

    public StatementQuery ascending(boolean value) {
        ascending = value;
        return this;
    }

    /** The cursor of a "more" link: the seq of the last statement of the previous page. */
    public Long getAfter() {
        return after;
    }

    public StatementQuery after(Long value) {
        after = value;
        return this;
    }
}
