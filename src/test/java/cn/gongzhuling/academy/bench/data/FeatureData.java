package cn.gongzhuling.academy.bench.data;

import java.sql.SQLException;

/**
 * The generated rows of one feature. {@link DataGenerator#features()} runs them in order; a later
 * feature reads what the earlier ones wrote (people, courses) from the database or the context.
 * A new feature is one more implementation added to that list.
 */
public interface FeatureData {

    /** Short name; also seeds this feature's own random stream, so adding a feature shifts no other. */
    String name();

    void generate(GenerationContext context) throws SQLException;
}
