package cn.gongzhuling.academy.certification.control;

/**
 * Partially masked names for the public verification page: enough to match the person in front
 * of you, not enough to collect names. 张三 → 张*, 张晓明 → 张*明, 欧阳晓明 → 欧**明,
 * Xiaoming Zhang → X******* Z****.
 */
public final class NameMask {

    private NameMask() {
    }

    public static String mask(String name) {
        if (name == null || name.isBlank()) {
            return "*";
        }
        String trimmed = name.strip();
        if (trimmed.contains(" ")) {
            StringBuilder sb = new StringBuilder();
            for (String part : trimmed.split("\\s+")) {
                sb.append(sb.length() == 0 ? "" : " ").append(maskWord(part));
            }
            return sb.toString();
        }
        int[] cps = trimmed.codePoints().toArray();
        if (cps.length == 1) {
            return "*";
        }
        StringBuilder sb = new StringBuilder().appendCodePoint(cps[0]);
        if (cps.length == 2) {
            return sb.append('*').toString();
        }
        sb.append("*".repeat(cps.length - 2));
        return sb.appendCodePoint(cps[cps.length - 1]).toString();
    }

    private static String maskWord(String word) {
        int[] cps = word.codePoints().toArray();
        return new StringBuilder().appendCodePoint(cps[0]).append("*".repeat(cps.length - 1)).toString();
    }
}
