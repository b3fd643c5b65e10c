package cn.gongzhuling.academy.certification.control;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The e-mail address reminders are mailed to: exactly one plain address (no display name, no
 * list), at most 254 characters, a dot-atom local part of at most 64 and a domain of at least two
 * DNS labels. Blank means "no address". Pure, so the rule is tested without a server.
 */
public final class ReminderAddress {

    public static final int MAX = 254;
    public static final int LOCAL_MAX = 64;

    private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final Pattern LOCAL = Pattern.compile(ATOM + "(\\." + ATOM + ")*");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern TOP = Pattern.compile("[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59}");

    /** Why an address is refused: the bundle key and its argument. */
    public enum Problem {
        TOO_LONG("account.email.error.tooLong"),
        SYNTAX("account.email.error.syntax"),
        MORE_THAN_ONE("account.email.error.one");

        private final String key;

        Problem(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private ReminderAddress() {
    }

    /** Empty for a blank input (clear the address); the normalised address otherwise (domain in lower case). */
    public static Optional<String> normalise(String input) throws InvalidAddress {
        String s = input == null ? "" : input.strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (s.length() > MAX) {
            throw new InvalidAddress(Problem.TOO_LONG);
        }
        if (s.indexOf(',') >= 0 || s.indexOf(';') >= 0 || s.chars().filter(c -> c == '@').count() > 1
                && s.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidAddress(Problem.MORE_THAN_ONE);
        }
        int at = s.lastIndexOf('@');
        if (at <= 0 || at != s.indexOf('@') || at == s.length() - 1) {
            throw new InvalidAddress(Problem.SYNTAX);
        }
        String local = s.substring(0, at);
        String domain = s.substring(at + 1);
        if (local.length() > LOCAL_MAX || !LOCAL.matcher(local).matches()) {
            throw new InvalidAddress(Problem.SYNTAX);
        }
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2 || !TOP.matcher(labels[labels.length - 1]).matches()) {
            throw new InvalidAddress(Problem.SYNTAX);
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                throw new InvalidAddress(Problem.SYNTAX);
            }
        }
        return Optional.of(local + "@" + domain.toLowerCase(Locale.ROOT));
    }

    /** A refused address, with the reason. */
    public static final class InvalidAddress extends Exception {

        private static final long serialVersionUID = 1L;

        private final Problem problem;

        public InvalidAddress(Problem problem) {
            super(problem.name());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }
}
