package cn.gongzhuling.academy.field.entity;

/** A field task is open until done or cancelled. */
public enum TaskStatus {
    OPEN, DONE, CANCELLED
}
