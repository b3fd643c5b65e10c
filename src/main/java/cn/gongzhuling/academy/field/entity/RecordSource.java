package cn.gongzhuling.academy.field.entity;

/** How a field record arrived. */
public enum RecordSource {
    FORM, CSV, API, XAPI, TASK
}
