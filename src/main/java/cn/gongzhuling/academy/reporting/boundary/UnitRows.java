package cn.gongzhuling.academy.reporting.boundary;

import static cn.gongzhuling.academy.platform.control.QueryValues.bind;

import cn.gongzhuling.academy.reporting.control.RollupDelta;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;

/**
 * The unit level of the impact roll-up (impact_node*): the lineage of a unit, and adding a
 * {@link RollupDelta} to the rows. Used by {@link ImpactRollup} under its lock, so no other writer
 * inserts the same row meanwhile.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class UnitRows {

    @PersistenceContext
    EntityManager em;

    /** The ids of a unit's ancestors and itself, root first, from its materialised path of ids. */
    List<Long> lineage(Long unitId) {
        String path = (String) em.createNativeQuery("SELECT path FROM org_unit WHERE id = ?1").setParameter(1, unitId)
                .getSingleResult();
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
    }

    /** Adds the differences to the unit rows, inserting the rows that do not exist yet. */
    void add(RollupDelta delta) {
        delta.sums().forEach((k, s) -> {
            Object[] values = {k.unitId(), k.skillId(), k.month(), k.firstMonth(), s[0], s[1], s[2], s[3], s[4]};
            if (update("UPDATE impact_node SET visits = visits + ?5, found = found + ?6, resolved = resolved + ?7,"
                    + " mediations = mediations + ?8, residents = residents + ?9 WHERE unit_id = ?1 AND skill_id = ?2"
                    + " AND month_index = ?3 AND first_month = ?4", values) == 0) {
                update("INSERT INTO impact_node (unit_id, skill_id, month_index, first_month, visits, found, resolved,"
                        + " mediations, residents) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)", values);
            }
        });
        delta.days().forEach((k, n) -> {
            RollupDelta.NodeKey node = k.node();
            Object[] values = {node.unitId(), node.skillId(), node.month(), node.firstMonth(), k.days(), n};
            if (update("UPDATE impact_node_days SET problems = problems + ?6 WHERE unit_id = ?1 AND skill_id = ?2"
                    + " AND month_index = ?3 AND first_month = ?4 AND days = ?5", values) == 0) {
                update("INSERT INTO impact_node_days (unit_id, skill_id, month_index, first_month, days, problems)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6)", values);
            }
        });
        delta.cadres().forEach((k, n) -> {
            Object[] values = {k.unitId(), k.skillId(), k.firstMonth(), n};
            if (update("UPDATE impact_node_cadres SET cadres = cadres + ?4 WHERE unit_id = ?1 AND skill_id = ?2"
                    + " AND first_month = ?3", values) == 0) {
                update("INSERT INTO impact_node_cadres (unit_id, skill_id, first_month, cadres) VALUES (?1, ?2, ?3, ?4)",
                        values);
            }
        });
    }

    private int update(String sql, Object... values) {
        return bind(em.createNativeQuery(sql), values).executeUpdate();
    }
}
