package app.debrief.base.database;

import app.debrief.base.DebriefProperties;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no database configured (no DEBRIEF_DB_URL, no spring.datasource.url), Debrief runs on an
 * embedded MariaDB of its own; otherwise Spring Boot's data source is used and nothing starts here.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "stop")
    EmbeddedMariaDb embeddedMariaDb(DebriefProperties properties) {
        return EmbeddedMariaDb.start(properties.dataDir(), properties.db().embeddedPort());
    }

    /** Takes spring.datasource.hikari.* as Spring Boot's pool for a configured server does. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedMariaDb server) {
        var dataSource = new HikariDataSource();
        dataSource.setPoolName("debrief-embedded");
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername(server.username());
        dataSource.setPassword(server.password());
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }
}
