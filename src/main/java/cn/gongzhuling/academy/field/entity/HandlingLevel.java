package cn.gongzhuling.academy.field.entity;

/** Who handles a problem in layered handling: the grid, the community or the street. */
public enum HandlingLevel {
    GRID, COMMUNITY, STREET
}
