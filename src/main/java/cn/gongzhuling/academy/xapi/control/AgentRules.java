package cn.gongzhuling.academy.xapi.control;

import static cn.gongzhuling.academy.xapi.control.JsonRules.at;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Agents and groups (xAPI 1.0.3 Data 2.4.2): an agent has exactly one inverse functional identifier
 * (mbox, mbox_sha1sum, openid or account); a group has one too, or none and a member list.
 */
final class AgentRules {

    private static final Set<String> AGENT = Set.of("objectType", "name", "mbox", "mbox_sha1sum", "openid", "account");
    private static final Set<String> GROUP = Set.of("objectType", "name", "mbox", "mbox_sha1sum", "openid", "account",
            "member");
    private static final Set<String> ACCOUNT = Set.of("homePage", "name");
    private static final Pattern MAILTO = Pattern.compile("mailto:[^@\\s]+@[^@\\s]+");
    private static final Pattern SHA1 = Pattern.compile("[0-9a-fA-F]{40}");

    private AgentRules() {
    }

    /** An actor, an instructor or an object that is an agent or group; objectType may be left out for an agent. */
    static ParsedStatement.Actor agentOrGroup(JsonValue value, String path) {
        JsonObject object = JsonRules.object(value, path);
        String type = JsonRules.string(object, path, "objectType");
        if (type == null || "Agent".equals(type)) {
            return agent(object, path);
        }
        if ("Group".equals(type)) {
            return group(object, path);
        }
        throw XapiProblem.invalid(at(path, "objectType"), "xapi.error.objectType", JsonRules.shorten(type), "Agent, Group");
    }

    static ParsedStatement.Actor agent(JsonValue value, String path) {
        JsonObject object = JsonRules.object(value, path);
        JsonRules.onlyKnown(object, path, AGENT);
        String type = JsonRules.string(object, path, "objectType");
        if (type != null && !"Agent".equals(type)) {
            throw XapiProblem.invalid(at(path, "objectType"), "xapi.error.objectType", JsonRules.shorten(type), "Agent");
        }
        JsonRules.text(object, path, "name", JsonRules.TEXT_MAX);
        ParsedStatement.Actor actor = identifier(object, path);
        if (actor == null) {
            throw XapiProblem.invalid(path, "xapi.error.ifiCount", 0);
        }
        return actor;
    }

    static ParsedStatement.Actor group(JsonValue value, String path) {
        JsonObject object = JsonRules.object(value, path);
        JsonRules.onlyKnown(object, path, GROUP);
        JsonRules.required(object, path, "objectType");
        String type = JsonRules.string(object, path, "objectType");
        if (!"Group".equals(type)) {
            throw XapiProblem.invalid(at(path, "objectType"), "xapi.error.objectType", JsonRules.shorten(type), "Group");
        }
        JsonRules.text(object, path, "name", JsonRules.TEXT_MAX);
        ParsedStatement.Actor identified = identifier(object, path);
        JsonValue members = object.get("member");
        List<String> memberKeys = new ArrayList<>();
        if (members != null) {
            JsonArray array = JsonRules.array(members, at(path, "member"));
            for (int i = 0; i < array.size(); i++) {
                memberKeys.add(agent(array.get(i), at(path, "member") + "[" + i + "]").key());
            }
        }
        if (identified != null) {
            return identified;
        }
        if (memberKeys.isEmpty()) {
            throw XapiProblem.invalid(at(path, "member"), "xapi.error.groupMembers");
        }
        memberKeys.sort(null);
        return new ParsedStatement.Actor("group:" + Canonical.hash(jsonOf(memberKeys)), null, null, null);
    }

    private static JsonObject jsonOf(List<String> keys) {
        return Served.JSON.createObjectBuilder().add("members", Served.JSON.createArrayBuilder(keys)).build();
    }

    /** The one identifier of an agent or group, or null when it has none; more than one is refused. */
    private static ParsedStatement.Actor identifier(JsonObject object, String path) {
        int count = 0;
        ParsedStatement.Actor actor = null;
        String mbox = JsonRules.text(object, path, "mbox", JsonRules.TEXT_MAX);
        if (mbox != null) {
            count++;
            if (!MAILTO.matcher(mbox).matches()) {
                throw XapiProblem.invalid(at(path, "mbox"), "xapi.error.mbox", JsonRules.shorten(mbox));
            }
            actor = new ParsedStatement.Actor("mbox:" + mbox, mbox, null, null);
        }
        String sha1 = JsonRules.string(object, path, "mbox_sha1sum");
        if (sha1 != null) {
            count++;
            if (!SHA1.matcher(sha1).matches()) {
                throw XapiProblem.invalid(at(path, "mbox_sha1sum"), "xapi.error.sha1");
            }
            actor = new ParsedStatement.Actor("mbox_sha1sum:" + sha1.toLowerCase(java.util.Locale.ROOT), null, null, null);
        }
        String openid = JsonRules.iri(object, path, "openid");
        if (openid != null) {
            count++;
            actor = new ParsedStatement.Actor("openid:" + openid, null, null, null);
        }
        JsonValue accountValue = object.get("account");
        if (accountValue != null) {
            count++;
            String here = at(path, "account");
            JsonObject account = JsonRules.object(accountValue, here);
            JsonRules.onlyKnown(account, here, ACCOUNT);
            JsonRules.required(account, here, "homePage");
            JsonRules.required(account, here, "name");
            String homePage = JsonRules.iri(account, here, "homePage");
            String name = JsonRules.text(account, here, "name", JsonRules.TEXT_MAX);
            if (name.isBlank()) {
                throw XapiProblem.invalid(at(here, "name"), "xapi.error.required");
            }
            actor = new ParsedStatement.Actor("account:" + homePage + "|" + name, null, homePage, name);
        }
        if (count > 1) {
            throw XapiProblem.invalid(path, "xapi.error.ifiCount", count);
        }
        return actor;
    }
}
