package jp.popvision.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * A YAML document read with Jackson's streaming parser into a small tree that keeps the line
 * and column of every key and value, so that every problem can be reported where it is.
 * Duplicate keys and aliases are problems.
 */
final class YamlTree {
  private YamlTree() {}

  sealed interface Node {
    /** The file the node was read from (scenarios may extend others). */
    String file();

    int line();

    int column();
  }

  record Entry(String key, String file, int line, int column, Node value) {}

  record MapNode(Map<String, Entry> entries, String file, int line, int column) implements Node {}

  record ListNode(List<Node> items, String file, int line, int column) implements Node {}

  enum Kind {
    STRING,
    INT,
    FLOAT,
    BOOLEAN,
    NULL
  }

  record Scalar(Kind kind, String text, String file, int line, int column) implements Node {}

  private static final YAMLMapper MAPPER = YAMLMapper.builder().build();

  /** Parses {@code text}; returns null (with problems added) when it is not usable YAML. */
  static Node parse(String text, Problems problems) {
    String file = problems.file();
    try (JsonParser p = MAPPER.createParser(text)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        problems.add(1, 1, null, null, "the file is empty; a scenario is a YAML mapping of keys");
        return null;
      }
      return node(p, file, problems);
    } catch (JacksonException e) {
      TokenStreamLocation loc = e.getLocation();
      String msg = e.getOriginalMessage();
      int cut = msg.indexOf("\n at [");
      problems.add(
          loc == null ? 0 : loc.getLineNr(),
          loc == null ? 0 : loc.getColumnNr(),
          null,
          null,
          "not valid YAML: " + (cut > 0 ? msg.substring(0, cut) : msg).replace('\n', ' '));
      return null;
    }
  }

  private static Node node(JsonParser p, String file, Problems problems) {
    TokenStreamLocation loc = p.currentTokenLocation();
    int line = loc.getLineNr();
    int col = loc.getColumnNr();
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT -> {
        Map<String, Entry> entries = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
          String key = p.currentName();
          TokenStreamLocation kl = p.currentTokenLocation();
          p.nextToken();
          Node value = node(p, file, problems);
          Entry prev = entries.get(key);
          if (prev != null) {
            problems.add(kl.getLineNr(), kl.getColumnNr(), key, null,
                "duplicate key (first at line " + prev.line() + "); each key may appear once");
            continue;
          }
          entries.put(key, new Entry(key, file, kl.getLineNr(), kl.getColumnNr(), value));
        }
        return new MapNode(entries, file, line, col);
      }
      case START_ARRAY -> {
        List<Node> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          items.add(node(p, file, problems));
        }
        return new ListNode(items, file, line, col);
      }
      case VALUE_STRING -> {
        if (p instanceof YAMLParser y && y.isCurrentAlias()) {
          problems.add(line, col, null, p.getText(), "YAML aliases (*name) are not supported");
          return new Scalar(Kind.NULL, "", file, line, col);
        }
        return new Scalar(Kind.STRING, p.getText(), file, line, col);
      }
      case VALUE_NUMBER_INT -> {
        return new Scalar(Kind.INT, p.getText(), file, line, col);
      }
      case VALUE_NUMBER_FLOAT -> {
        return new Scalar(Kind.FLOAT, p.getText(), file, line, col);
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return new Scalar(Kind.BOOLEAN, p.getText(), file, line, col);
      }
      default -> {
        return new Scalar(Kind.NULL, "", file, line, col);
      }
    }
  }
}
