package cn.gongzhuling.academy.xapi.boundary;

import java.util.List;

/**
 * Fired synchronously once per request with every newly stored, non-voiding statement of it, inside
 * the transaction that stores them (a batch is one transaction). One event per batch, so an observer
 * can look up what it needs for all statements with one query instead of one per statement.
 * Observers map statements they understand (the field feature maps its published verbs for known
 * cadres to field records); an observer must not throw for statements it cannot map: those stay
 * stored but unmapped.
 */
public record StatementsAccepted(List<StatementAccepted> statements) {

    public StatementsAccepted {
        statements = List.copyOf(statements);
    }

    public static StatementsAccepted of(StatementAccepted statement) {
        return new StatementsAccepted(List.of(statement));
    }
}
