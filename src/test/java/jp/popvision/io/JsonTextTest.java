package jp.popvision.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The streaming reader and writers against Jackson's data binding, the independent oracle. */
class JsonTextTest {
  static final String SAMPLE =
      "{\"tool\":\"popvision\",\"marker\":1,\"run\":\"r\\u00e9\\n\",\"files\":{\"a.csv\":\"00\","
          + "\"b/c.png\":\"ff\"},\"list\":[1,-2.5,true,false,null,[],{}],\"big\":12345678901,"
          + "\"text\":\"人口\"}";

  @Test
  void parseGivesTheTreeOfReadTree() {
    JsonMapper mapper = JsonMapper.builder().build();
    byte[] bytes = SAMPLE.getBytes(StandardCharsets.UTF_8);
    JsonNode expected = mapper.readTree(bytes);
    JsonNode actual = JsonText.parse(bytes);
    assertEquals(expected, actual);
    assertEquals(mapper.writeValueAsString(expected), JsonText.compact(actual));
    assertEquals(
        JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build()
            .writeValueAsString(expected),
        JsonText.pretty(actual));
  }

  @Test
  void aRepeatedKeyKeepsItsLastValue() {
    assertEquals(
        "2",
        JsonText.parse("{\"a\":1,\"a\":2}".getBytes(StandardCharsets.UTF_8)).path("a").asString());
  }

  @Test
  void anythingButOneWellFormedValueIsRejected() {
    for (String bad :
        new String[] {"", "  ", "{\"a\":1} x", "{\"a\":", "[1,2", "{\"a\" 1}", "{} {}"}) {
      assertThrows(
          RuntimeException.class,
          () -> JsonText.parse(bad.getBytes(StandardCharsets.UTF_8)),
          "'" + bad + "'");
    }
  }
}
