package app.debrief.templates;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import app.debrief.templates.Segment.Fallback;
import app.debrief.templates.Segment.Text;
import app.debrief.templates.Segment.Variable;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON shape is a contract with the browser extension: these strings must not change. */
class SegmentJsonTest {

    private static final TypeReference<List<Segment>> SEGMENTS = new TypeReference<>() { };
    private static final String JSON = "[{\"type\":\"text\",\"text\":\"Dear \\n\"},"
            + "{\"type\":\"variable\",\"name\":\"role\"},"
            + "{\"type\":\"fallback\",\"name\":\"interviewer_name\",\"fallback\":\"the hiring team\"}]";
    private static final List<Segment> SEGMENT_LIST = List.of(new Text("Dear \n"), new Variable("role"),
            new Fallback("interviewer_name", "the hiring team"));

    private final JsonMapper mapper = JsonMapper.builder().build();

    @Test
    void segments_serialise_with_a_type_field_and_their_components() {
        assertThat(mapper.writerFor(SEGMENTS).writeValueAsString(SEGMENT_LIST)).isEqualTo(JSON);
    }

    @Test
    void a_segment_serialises_with_its_type_even_without_the_declared_list_type() {
        assertThat(mapper.writeValueAsString(new Variable("company")))
                .isEqualTo("{\"type\":\"variable\",\"name\":\"company\"}");
        assertThat(mapper.writeValueAsString(new Holder(SEGMENT_LIST))).isEqualTo("{\"body\":" + JSON + "}");
    }

    @Test
    void segments_deserialise_from_the_same_shape() {
        assertThat(mapper.readValue(JSON, SEGMENTS)).isEqualTo(SEGMENT_LIST);
    }

    record Holder(List<Segment> body) {
    }
}
