package cn.gongzhuling.academy.xapi.boundary;

import jakarta.json.JsonObject;
import java.util.List;

/**
 * One page of statements as served, and the cursor for the next page (null on the last page).
 */
public record StatementPage(List<JsonObject> statements, Long next) {

    public List<JsonObject> getStatements() {
        return statements;
    }

    public Long getNext() {
        return next;
    }
}
