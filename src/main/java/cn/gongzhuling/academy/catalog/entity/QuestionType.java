package cn.gongzhuling.academy.catalog.entity;

/** Kinds of quiz questions the question bank supports. */
public enum QuestionType { SINGLE, MULTIPLE, TRUEFALSE }
