package app.debrief.demo;

import static app.debrief.db.jooq.Tables.COACH;
import static app.debrief.db.jooq.Tables.PRACTICE;
import static org.assertj.core.api.Assertions.assertThat;

import app.debrief.accounts.PracticeSetupService;
import app.debrief.testsupport.IntegrationTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** On a configured server demo mode is off by default: an empty database stays empty. */
@IntegrationTest(properties = {"debrief.test.database=fresh", "debrief.demo="})
class NoDemoOutsideDemoModeIT {

    @Autowired
    DSLContext sql;

    @Autowired
    DemoMode demoMode;

    @Autowired
    PracticeSetupService setup;

    @Test
    void an_empty_database_outside_demo_mode_gets_no_demo_data() {
        assertThat(demoMode.enabled()).isFalse();
        assertThat(setup.isSetUp()).isFalse();
        assertThat(sql.fetchCount(PRACTICE)).isZero();
        assertThat(sql.fetchCount(COACH)).isZero();
    }
}
