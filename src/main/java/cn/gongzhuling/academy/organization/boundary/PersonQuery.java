package cn.gongzhuling.academy.organization.boundary;

import cn.gongzhuling.academy.organization.entity.Position;

/** Filters, sort and page of the people list. Sort fields are allow-listed in PersonService. */
public record PersonQuery(String text, Long unitId, Position position, Boolean active,
                          String sortField, boolean ascending, int first, int pageSize) {
}
