package cn.gongzhuling.academy.xapi.control;

/**
 * A request the LRS refuses: the HTTP status, the place in the request that is wrong (for example
 * {@code statements[3].actor.mbox}, or empty for the request as a whole) and a message key of the
 * bundles with its arguments, so the client reads a precise reason in its language. Unchecked, so
 * it rolls back the transaction it leaves: nothing of the request is stored.
 */
public class XapiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public static final int BAD_REQUEST = 400;
    public static final int UNAUTHORIZED = 401;
    public static final int NOT_FOUND = 404;
    public static final int CONFLICT = 409;
    public static final int TOO_LARGE = 413;

    private final int status;
    private final String path;
    private final String key;
    private final transient Object[] args;

    public XapiProblem(int status, String path, String key, Object... args) {
        super(key + (path == null || path.isEmpty() ? "" : " at " + path));
        this.status = status;
        this.path = path == null ? "" : path;
        this.key = key;
        this.args = args;
    }

    public static XapiProblem invalid(String path, String key, Object... args) {
        return new XapiProblem(BAD_REQUEST, path, key, args);
    }

    /** The same problem, placed inside the statement at this index of a batch. */
    public XapiProblem at(String prefix) {
        String placed = path.isEmpty() ? prefix : prefix + "." + path;
        return new XapiProblem(status, placed, key, args);
    }

    public int getStatus() {
        return status;
    }

    public String getPath() {
        return path;
    }

    public String getKey() {
        return key;
    }

    public Object[] getArgs() {
        return args.clone();
    }
}
