package cn.gongzhuling.academy.field.boundary;

import cn.gongzhuling.academy.field.entity.FieldKind;
import cn.gongzhuling.academy.field.entity.ProblemStatus;
import java.time.LocalDate;

/** Filters and page of the organiser's field-record list: a subtree, a kind, a date range, a problem status. */
public record FieldQuery(Long unitId, FieldKind kind, LocalDate from, LocalDate to, ProblemStatus status,
                         int first, int pageSize) {
}
