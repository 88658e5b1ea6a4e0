package app.debrief.templates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TemplatesApiControllerTest {

    @Test
    void gzip_is_sent_only_when_the_caller_accepts_it() {
        assertThat(TemplatesApiController.acceptsGzip(null)).isFalse();
        assertThat(TemplatesApiController.acceptsGzip("identity")).isFalse();
        assertThat(TemplatesApiController.acceptsGzip("br, gzip;q=0.8")).isTrue();
        assertThat(TemplatesApiController.acceptsGzip("GZIP")).isTrue();
        assertThat(TemplatesApiController.acceptsGzip("*")).isTrue();
        assertThat(TemplatesApiController.acceptsGzip("gzip;q=0, *")).isFalse();
        assertThat(TemplatesApiController.acceptsGzip("*, gzip; q=0.000")).isFalse();
        assertThat(TemplatesApiController.acceptsGzip("*;q=0")).isFalse();
    }
}
