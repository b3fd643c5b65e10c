package db.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Certification, session 5: an enrolment may carry a second certificate after its first was revoked.
 * An instructor's amendment that turns a signed pass into a fail withdraws the completion and
 * revokes its certificate; when the trainee then passes the retake, the enrolment completes again
 * and must be certified again. V5 allowed one certificate per enrolment (UNIQUE enrolment_id) and one
 * renewal per certificate (UNIQUE previous_id), so the retake issued none. Now every certificate of
 * an enrolment has its issue number and both rules hold per issue; issuance still takes the
 * enrolment's row lock and issues only while no unrevoked certificate of it exists.
 * <p>
 * Java, not SQL, for one reason: H2 keeps a single-column UNIQUE index (still unique) when its
 * constraint is dropped while the column's foreign key uses it, and V5 declared those foreign keys
 * inline, so their names differ between H2 and PostgreSQL. They are looked up in the JDBC metadata,
 * dropped first, and added back with names. (Rebuilding the columns in plain SQL instead took 3 min
 * 41 s on H2 with the 134,591 certificates of the scale-1 benchmark data.)
 */
public class V17__Certificate_reissue extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        try (Statement s = db.createStatement()) {
            s.execute("ALTER TABLE certificate ADD COLUMN issue_no INTEGER DEFAULT 1 NOT NULL");
            for (String foreignKey : foreignKeys(db, List.of("enrolment_id", "previous_id"))) {
                s.execute("ALTER TABLE certificate DROP CONSTRAINT " + foreignKey);
            }
            s.execute("ALTER TABLE certificate DROP CONSTRAINT uq_certificate_enrolment");
            s.execute("ALTER TABLE certificate DROP CONSTRAINT uq_certificate_previous");
            // one certificate per enrolment and issue; a certificate renewed once per issue (a chain, never a tree)
            s.execute("ALTER TABLE certificate ADD CONSTRAINT uq_certificate_enrolment_issue UNIQUE (enrolment_id, issue_no)");
            s.execute("ALTER TABLE certificate ADD CONSTRAINT uq_certificate_previous_issue UNIQUE (previous_id, issue_no)");
            s.execute("ALTER TABLE certificate ADD CONSTRAINT fk_certificate_enrolment FOREIGN KEY (enrolment_id) "
                    + "REFERENCES enrolment (id)");
            s.execute("ALTER TABLE certificate ADD CONSTRAINT fk_certificate_previous FOREIGN KEY (previous_id) "
                    + "REFERENCES certificate (id)");
        }
    }

    /** The names of the certificate table's foreign keys on the given columns. */
    private static List<String> foreignKeys(Connection db, List<String> columns) throws SQLException {
        DatabaseMetaData meta = db.getMetaData();
        String table = meta.storesUpperCaseIdentifiers() ? "CERTIFICATE" : "certificate";
        List<String> names = new ArrayList<>();
        try (ResultSet keys = meta.getImportedKeys(db.getCatalog(), db.getSchema(), table)) {
            while (keys.next()) {
                String column = keys.getString("FKCOLUMN_NAME");
                String name = keys.getString("FK_NAME");
                if (columns.stream().anyMatch(column::equalsIgnoreCase) && !names.contains(name)) {
                    names.add(name);
                }
            }
        }
        if (names.size() != columns.size()) {
            throw new SQLException("Expected a foreign key on each of " + columns + " of certificate, found " + names);
        }
        return names;
    }
}
