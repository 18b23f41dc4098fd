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

  /** The layout of nested objects and arrays (JsonIndent) is that of Jackson's pretty printer. */
  @Test
  void nestedLayoutIsThatOfJacksonsPrettyPrinter() {
    JsonMapper indent = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    for (String json :
        new String[] {
          "{}",
          "[]",
          "[1]",
          "{\"a\":{\"b\":{\"c\":[{\"d\":1},{},[],[[2,3],{\"e\":null}]]}},\"f\":[]}",
          "[{\"a\":[{\"b\":{}}]},\"x\",{\"y\":{\"z\":[1,{\"w\":2}]}}]",
          SAMPLE
        }) {
      JsonNode n = JsonText.parse(json.getBytes(StandardCharsets.UTF_8));
      assertEquals(indent.writeValueAsString(n), JsonText.pretty(n), json);
    }
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
