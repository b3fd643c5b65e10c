package cn.gongzhuling.academy.field.control;

/** One thing wrong with a draft: the field (as named in forms, CSV columns and the API) and a bundle key with arguments. */
public record FieldProblem(String field, String key, Object... args) {
}
