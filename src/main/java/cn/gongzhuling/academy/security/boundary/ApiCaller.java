package cn.gongzhuling.academy.security.boundary;

import java.io.Serializable;

/**
 * An authenticated integration client calling /api or /xapi: its id and name (the xAPI
 * authority), and the org subtree it may read and write.
 */
public record ApiCaller(Long clientId, String name, Long scopeUnitId, String scopePath) implements Serializable {

    public boolean inScope(String orgPath) {
        return orgPath != null && scopePath != null && orgPath.startsWith(scopePath);
    }

    public Long getClientId() { return clientId; }
    public String getName() { return name; }
    public Long getScopeUnitId() { return scopeUnitId; }
    public String getScopePath() { return scopePath; }
}
