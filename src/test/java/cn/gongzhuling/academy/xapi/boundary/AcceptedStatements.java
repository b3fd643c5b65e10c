package cn.gongzhuling.academy.xapi.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test observer: remembers every statement of the StatementsAccepted events, as the field feature's observer would see it. */
@ApplicationScoped
public class AcceptedStatements {

    private final List<StatementAccepted> seen = new CopyOnWriteArrayList<>();

    void on(@Observes StatementsAccepted event) {
        seen.addAll(event.statements());
    }

    public long count(String statementId) {
        return seen.stream().filter(e -> e.statementId().toString().equals(statementId)).count();
    }

    public StatementAccepted last() {
        return seen.get(seen.size() - 1);
    }
}
