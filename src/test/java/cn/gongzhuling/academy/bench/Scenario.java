package cn.gongzhuling.academy.bench;

import java.sql.Connection;

/**
 * One row of the benchmark table: a page (or API call) measured over HTTP, and its upper bound
 * measured in the same run: the raw SQL that computes the same numbers over JDBC, the bare CPU
 * work it cannot avoid, or nothing (the static resource, itself the bound of the others'
 * throughput).
 */
record Scenario(String id, String what, PageCall page, Bound bound, SqlCall sql, CpuCall cpu, String goal) {

    enum Bound { NONE, SQL, CPU }

    interface PageCall {
        void run(Fixture fixture, int i) throws Exception;
    }

    interface SqlCall {
        void run(Connection db, Fixture fixture, int i) throws Exception;
    }

    interface CpuCall {
        void run(Fixture fixture, int i) throws Exception;
    }

    static Scenario withSql(String id, String what, PageCall page, SqlCall sql, String goal) {
        return new Scenario(id, what, page, Bound.SQL, sql, null, goal);
    }

    static Scenario withCpu(String id, String what, PageCall page, CpuCall cpu, String goal) {
        return new Scenario(id, what, page, Bound.CPU, null, cpu, goal);
    }

    static Scenario unbounded(String id, String what, PageCall page, String goal) {
        return new Scenario(id, what, page, Bound.NONE, null, null, goal);
    }
}
