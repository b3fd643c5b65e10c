package cn.gongzhuling.academy.platform.boundary;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's data source, entirely from configuration: H2 in the data
 * directory by default, PostgreSQL (or another database) by setting
 * app.db.url / app.db.user / app.db.password / app.db.datasource-class.
 */
@DataSourceDefinition(
        name = DataSourceConfig.JNDI_NAME,
        className = "${MPCONFIG=app.db.datasource-class}",
        url = "${MPCONFIG=app.db.url}",
        user = "${MPCONFIG=app.db.user}",
        password = "${MPCONFIG=app.db.password}",
        initialPoolSize = 2,
        minPoolSize = 2,
        maxPoolSize = 32)
@ApplicationScoped
public class DataSourceConfig {

    public static final String JNDI_NAME = "java:app/jdbc/academy";
}
