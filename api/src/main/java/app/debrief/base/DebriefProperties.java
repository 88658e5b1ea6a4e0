package app.debrief.base;

import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Debrief's own settings.
 *
 * @param dataDir where the embedded database keeps its files (never under /tmp: they must survive restarts)
 * @param demo demo mode: demo practice, logins and clients on an empty database; unset means "when embedded"
 * @param db database settings beyond spring.datasource.*
 * @param api settings of the extension's API
 * @param trustedProxies addresses or CIDR ranges of the reverse proxies in front of Debrief: only a
 *     request arriving from one of them has its X-Forwarded-For believed; empty trusts no one
 */
@ConfigurationProperties("debrief")
public record DebriefProperties(Path dataDir, @Nullable Boolean demo, @DefaultValue Db db, @DefaultValue Api api,
        @DefaultValue List<String> trustedProxies) {

    /**
     * @param extensionOrigins browser origins allowed to call the API (CORS), e.g.
     *     chrome-extension://&lt;id&gt;; the default is the unpacked extension's fixed id
     */
    public record Api(@DefaultValue("chrome-extension://aojbgifpmommagpomjmbeemfollcdkbk") List<String> extensionOrigins) {
    }

    /** @param embeddedPort TCP port of the embedded MariaDB on 127.0.0.1; 0 picks a free one */
    public record Db(@DefaultValue("0") int embeddedPort) {
    }
}
