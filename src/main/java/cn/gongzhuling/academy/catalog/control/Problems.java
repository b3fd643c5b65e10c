package cn.gongzhuling.academy.catalog.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects problems while a course is read; every problem is kept (up to a cap), not only the first. */
public class Problems {

    public static final int MAX = 500;
    private final List<Problem> list = new ArrayList<>();

    public void add(String file, int line, String field, String key, Object... args) {
        if (list.size() < MAX) {
            list.add(new Problem(file, line, field, key, args));
        }
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public int size() {
        return list.size();
    }

    public List<Problem> list() {
        return Collections.unmodifiableList(list);
    }
}
