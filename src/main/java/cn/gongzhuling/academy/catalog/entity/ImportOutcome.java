package cn.gongzhuling.academy.catalog.entity;

/** What one course import did. */
public enum ImportOutcome { NEW_VERSION, UNCHANGED, FAILED }
