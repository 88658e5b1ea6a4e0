package app.debrief.demo;

import app.debrief.base.DebriefProperties;
import app.debrief.base.database.EmbeddedMariaDb;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Demo mode is on when asked for, or by default when Debrief runs on its embedded database. */
@Component
public class DemoMode {

    private final boolean enabled;

    DemoMode(DebriefProperties properties, ObjectProvider<EmbeddedMariaDb> embedded) {
        Boolean configured = properties.demo();
        this.enabled = configured != null ? configured : embedded.getIfAvailable() != null;
    }

    public boolean enabled() {
        return enabled;
    }
}
