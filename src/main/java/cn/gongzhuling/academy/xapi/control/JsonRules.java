package cn.gongzhuling.academy.xapi.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Type and format checks shared by the statement rules; each names the path of what is wrong. */
final class JsonRules {

    static final int IRI_MAX = 1000;
    static final int TEXT_MAX = 500;

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern IRI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:[^\\s<>\"{}|\\\\^`]+");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");

    private JsonRules() {
    }

    static String at(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    static JsonObject object(JsonValue value, String path) {
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw XapiProblem.invalid(path, "xapi.error.notObject");
        }
        return (JsonObject) value;
    }

    static JsonArray array(JsonValue value, String path) {
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw XapiProblem.invalid(path, "xapi.error.notArray");
        }
        return (JsonArray) value;
    }

    static void onlyKnown(JsonObject object, String path, Set<String> allowed) {
        for (String name : object.keySet()) {
            if (!allowed.contains(name)) {
                throw XapiProblem.invalid(at(path, name), "xapi.error.unknownProperty", name);
            }
        }
    }

    static void required(JsonObject object, String path, String name) {
        if (!object.containsKey(name)) {
            throw XapiProblem.invalid(at(path, name), "xapi.error.required");
        }
    }

    /** The string value of a property, null when absent; refuses another type (null included). */
    static String string(JsonObject object, String path, String name) {
        JsonValue value = object.get(name);
        if (value == null) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw XapiProblem.invalid(at(path, name), "xapi.error.notString");
        }
        return ((JsonString) value).getString();
    }

    static String text(JsonObject object, String path, String name, int max) {
        String s = string(object, path, name);
        if (s != null && s.length() > max) {
            throw XapiProblem.invalid(at(path, name), "xapi.error.tooLong", max);
        }
        return s;
    }

    static Boolean bool(JsonObject object, String path, String name) {
        JsonValue value = object.get(name);
        if (value == null) {
            return null;
        }
        JsonValue.ValueType type = value.getValueType();
        if (type != JsonValue.ValueType.TRUE && type != JsonValue.ValueType.FALSE) {
            throw XapiProblem.invalid(at(path, name), "xapi.error.notBoolean");
        }
        return type == JsonValue.ValueType.TRUE;
    }

    static Double number(JsonObject object, String path, String name) {
        JsonValue value = object.get(name);
        if (value == null) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.NUMBER) {
            throw XapiProblem.invalid(at(path, name), "xapi.error.notNumber");
        }
        return ((JsonNumber) value).doubleValue();
    }

    static String uuid(JsonObject object, String path, String name) {
        String s = string(object, path, name);
        if (s != null && !UUID.matcher(s).matches()) {
            throw XapiProblem.invalid(at(path, name), "xapi.error.uuid", shorten(s));
        }
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    static String iri(JsonObject object, String path, String name) {
        String s = string(object, path, name);
        if (s != null) {
            checkIri(s, at(path, name));
        }
        return s;
    }

    static void checkIri(String s, String path) {
        if (s.length() > IRI_MAX) {
            throw XapiProblem.invalid(path, "xapi.error.tooLong", IRI_MAX);
        }
        if (!IRI.matcher(s).matches()) {
            throw XapiProblem.invalid(path, "xapi.error.iri", shorten(s));
        }
    }

    static void languageMap(JsonObject object, String path, String name) {
        JsonValue value = object.get(name);
        if (value == null) {
            return;
        }
        String here = at(path, name);
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw XapiProblem.invalid(here, "xapi.error.languageMap");
        }
        JsonObject map = (JsonObject) value;
        for (String tag : map.keySet()) {
            if (!LANGUAGE_TAG.matcher(tag).matches()) {
                throw XapiProblem.invalid(at(here, tag), "xapi.error.languageTag", shorten(tag));
            }
            string(map, here, tag);
        }
    }

    static void languageTag(JsonObject object, String path, String name) {
        String tag = string(object, path, name);
        if (tag != null && !LANGUAGE_TAG.matcher(tag).matches()) {
            throw XapiProblem.invalid(at(path, name), "xapi.error.languageTag", shorten(tag));
        }
    }

    /** Extensions: an object whose keys are IRIs; the values may be any JSON. */
    static void extensions(JsonObject object, String path, String name) {
        JsonValue value = object.get(name);
        if (value == null) {
            return;
        }
        String here = at(path, name);
        for (String key : object(value, here).keySet()) {
            checkIri(key, at(here, key));
        }
    }

    /** Keeps messages short when a client sends a megabyte where an id belongs. */
    static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
