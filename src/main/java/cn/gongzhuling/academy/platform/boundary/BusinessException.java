package cn.gongzhuling.academy.platform.boundary;

/**
 * An error the user caused and can correct. Carries a resource-bundle key and
 * its arguments so the page shows it in the user's language. Being unchecked,
 * it rolls back the @Transactional method it leaves.
 */
public class BusinessException extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    public BusinessException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args;
    }

    public String getKey() {
        return key;
    }

    public Object[] getArgs() {
        return args.clone();
    }
}
