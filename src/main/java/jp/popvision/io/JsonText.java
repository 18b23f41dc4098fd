package jp.popvision.io;

import java.io.StringWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON text of a small tree (manifests, chart indexes), written with Jackson's streaming generator
 * and its default pretty printer: the same text as {@code JsonMapper} with {@code INDENT_OUTPUT},
 * without starting the data-binding machinery (about 200 ms of class loading and set-up at the end
 * of every run, measured with C1 and without a class-data-sharing archive).
 */
final class JsonText {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private JsonText() {}

  /** An empty object to fill. */
  static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** Indented JSON text of {@code node} (no final newline). */
  static String pretty(JsonNode node) {
    StringWriter out = new StringWriter();
    ObjectWriteContext context =
        new ObjectWriteContext.Base() {
          @Override
          public PrettyPrinter getPrettyPrinter() {
            return new DefaultPrettyPrinter();
          }
        };
    try (JsonGenerator g = FACTORY.createGenerator(context, out)) {
      write(g, node);
    }
    return out.toString();
  }

  private static void write(JsonGenerator g, JsonNode n) {
    if (n.isObject()) {
      g.writeStartObject();
      for (var e : n.properties()) {
        g.writeName(e.getKey());
        write(g, e.getValue());
      }
      g.writeEndObject();
    } else if (n.isArray()) {
      g.writeStartArray();
      for (JsonNode x : n) {
        write(g, x);
      }
      g.writeEndArray();
    } else if (n.isString()) {
      g.writeString(n.stringValue());
    } else if (n.isIntegralNumber()) {
      g.writeNumber(n.longValue());
    } else if (n.isNumber()) {
      g.writeNumber(n.doubleValue());
    } else if (n.isBoolean()) {
      g.writeBoolean(n.booleanValue());
    } else if (n.isNull()) {
      g.writeNull();
    } else {
      throw new IllegalArgumentException("unsupported JSON node " + n.getNodeType());
    }
  }
}
