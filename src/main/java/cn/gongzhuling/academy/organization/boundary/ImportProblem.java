package cn.gongzhuling.academy.organization.boundary;

import java.io.Serializable;

/** One problem of an import, worded in the user's language; line 0 means the whole file. */
public record ImportProblem(int line, String field, String message) implements Serializable {
}
