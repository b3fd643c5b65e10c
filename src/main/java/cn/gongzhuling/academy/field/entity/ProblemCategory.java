package cn.gongzhuling.academy.field.entity;

/** What a problem found on a visit is about. */
public enum ProblemCategory {
    LIVELIHOOD, ENGINEERING, SAFETY, OTHER
}
