package cn.gongzhuling.academy.catalog.entity;

/** How a practical check is graded: pass/fail per item with points, or rubric levels per item. */
public enum Scoring { CHECKLIST, RUBRIC }
