package jp.popvision.io;

import java.io.StringWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON text of a small tree (manifests, chart indexes), written with Jackson's streaming generator
 * and the layout of its default pretty printer ({@link JsonIndent}): the same text as {@code
 * JsonMapper} with {@code INDENT_OUTPUT}, without starting the data-binding machinery (about 200 ms
 * of class loading and set-up at the end of every run, measured with C1 and without a
 * class-data-sharing archive).
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
            return new JsonIndent();
          }
        };
    try (JsonGenerator g = FACTORY.createGenerator(context, out)) {
      write(g, node);
    }
    return out.toString();
  }

  /** Compact JSON text of {@code node}: the same as {@code JsonMapper.writeValueAsString}. */
  static String compact(JsonNode node) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      write(g, node);
    }
    return out.toString();
  }

  /**
   * The tree of one JSON value in UTF-8 {@code bytes}, read with the streaming parser (as {@code
   * JsonMapper.readTree}, without data binding; a repeated key keeps its last value). Throws a
   * runtime exception ({@code JacksonException} or {@code IllegalArgumentException}) for anything
   * that is not exactly one well-formed value.
   */
  static JsonNode parse(byte[] bytes) {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), bytes)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new IllegalArgumentException("no JSON value");
      }
      JsonNode n = value(p, t);
      if (p.nextToken() != null) {
        throw new IllegalArgumentException("content after the JSON value");
      }
      return n;
    }
  }

  private static JsonNode value(JsonParser p, JsonToken t) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    switch (t) {
      case START_OBJECT -> {
        ObjectNode o = f.objectNode();
        for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
          String name = p.currentName();
          o.set(name, value(p, p.nextToken()));
        }
        return o;
      }
      case START_ARRAY -> {
        ArrayNode a = f.arrayNode();
        for (JsonToken k = p.nextToken(); k != JsonToken.END_ARRAY; k = p.nextToken()) {
          a.add(value(p, k));
        }
        return a;
      }
      case VALUE_STRING -> {
        return f.stringNode(p.getString());
      }
      case VALUE_NUMBER_INT -> {
        // an int where it fits, as data binding reads it (else a long; larger is rejected)
        long v = p.getLongValue();
        return v == (int) v ? f.numberNode((int) v) : f.numberNode(v);
      }
      case VALUE_NUMBER_FLOAT -> {
        return f.numberNode(p.getDoubleValue());
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return f.booleanNode(t == JsonToken.VALUE_TRUE);
      }
      case VALUE_NULL -> {
        return f.nullNode();
      }
      default -> throw new IllegalArgumentException("unexpected JSON token " + t);
    }
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
