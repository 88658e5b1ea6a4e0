package app.debrief.base.database;

import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class JooqSettingsConfiguration {

    /**
     * jOOQ emulates nested collections (multiset) on MariaDB with GROUP_CONCAT and by default wraps
     * the query in statements that raise its length limit, which the driver refuses without
     * allowMultiQueries. MariaDB's default limit (1 MB) is far above what one screen nests.
     */
    @Bean
    DefaultConfigurationCustomizer debriefJooqSettings() {
        return configuration -> configuration.settings().withRenderGroupConcatMaxLenSessionVariable(false);
    }
}
