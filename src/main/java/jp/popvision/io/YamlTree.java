package jp.popvision.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * A YAML document read with Jackson's streaming parser into a small tree that keeps the line and
 * column of every key and value, so that every problem can be reported where it is. Duplicate keys
 * and aliases are problems.
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

  /**
   * A single value. {@code number} is the value of an INT or FLOAT scalar as read by the YAML
   * parser (NaN for other kinds, and for {@code .nan}); never parse {@code text} again.
   */
  record Scalar(Kind kind, String text, String file, int line, int column, double number)
      implements Node {
    Scalar(Kind kind, String text, String file, int line, int column) {
      this(kind, text, file, line, column, Double.NaN);
    }

    boolean isNumber() {
      return kind == Kind.INT || kind == Kind.FLOAT;
    }
  }

  /** YAML's not-a-number and infinities (plain scalars), which are numbers, just not finite. */
  private static final java.util.regex.Pattern NON_FINITE =
      java.util.regex.Pattern.compile("[-+]?\\.(nan|NaN|NAN|inf|Inf|INF)");

  private static double nonFinite(String text) {
    return text.toLowerCase(java.util.Locale.ROOT).contains("nan")
        ? Double.NaN
        : text.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
  }

  /** Deepest nesting of mappings and lists accepted (a scenario has three levels). */
  static final int MAX_DEPTH = 16;

  /**
   * The streaming YAML parser only (SnakeYAML Engine under Jackson's YAML format): building a
   * {@code YAMLMapper} would also start Jackson's data binding, which a tree of scalars does not
   * need (measured: 260 ms against 80 ms to read a 1 KB scenario in a fresh JVM with C1).
   */
  private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

  /** Parses {@code text}; returns null (with problems added) when it is not usable YAML. */
  static Node parse(String text, Problems problems) {
    String file = problems.file();
    Aliases aliases = new Aliases();
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), text)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        problems.add(1, 1, null, null, Msg.YAML_EMPTY);
        return null;
      }
      Node root = node(p, file, problems, 0, aliases);
      if (p.nextToken() != null) {
        TokenStreamLocation more = p.currentTokenLocation();
        problems.add(more.getLineNr(), more.getColumnNr(), null, null, Msg.YAML_SECOND_DOCUMENT);
      }
      if (aliases.count > 0) {
        problems.add(
            aliases.line, aliases.column, null, aliases.first, Msg.YAML_ALIAS, aliases.count);
      }
      return root;
    } catch (JacksonException e) {
      TokenStreamLocation loc = e.getLocation();
      String msg = String.valueOf(e.getOriginalMessage());
      int cut = msg.indexOf("\n at [");
      String detail =
          (cut > 0 ? msg.substring(0, cut) : msg)
              .replaceAll(" in reader, line \\d+, column \\d+:", ";")
              .replaceAll("\\s*\\n\\s*\\^\\s*", " ")
              .replaceAll("\\s+", " ")
              .strip();
      if (detail.length() > 200) {
        detail = detail.substring(0, 197) + "...";
      }
      problems.add(
          loc == null ? 0 : Math.max(0, loc.getLineNr()),
          loc == null ? 0 : Math.max(0, loc.getColumnNr()),
          null,
          null,
          Msg.YAML_SYNTAX,
          detail);
      return null;
    }
  }

  /** Aliases are reported once per file, at the first, with their count. */
  private static final class Aliases {
    int count;
    int line;
    int column;
    String first;
  }

  private static Node node(
      JsonParser p, String file, Problems problems, int depth, Aliases aliases) {
    TokenStreamLocation loc = p.currentTokenLocation();
    int line = loc.getLineNr();
    int col = loc.getColumnNr();
    JsonToken t = p.currentToken();
    if (t == null) {
      return new Scalar(Kind.NULL, "", file, line, col);
    }
    switch (t) {
      case START_OBJECT, START_ARRAY -> {
        if (depth >= MAX_DEPTH) {
          problems.add(line, col, null, null, Msg.YAML_TOO_DEEP, MAX_DEPTH);
          p.skipChildren();
          return new Scalar(Kind.NULL, "", file, line, col);
        }
        return t == JsonToken.START_OBJECT
            ? mapping(p, file, problems, depth, aliases, line, col)
            : list(p, file, problems, depth, aliases, line, col);
      }
      case VALUE_STRING -> {
        return string(p, file, line, col, aliases);
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return number(p, t, file, line, col);
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return new Scalar(Kind.BOOLEAN, p.getText(), file, line, col);
      }
      default -> {
        return new Scalar(Kind.NULL, "", file, line, col);
      }
    }
  }

  /** A string scalar; an alias counts in {@code aliases} and is a null. */
  private static Node string(JsonParser p, String file, int line, int col, Aliases aliases) {
    if (p instanceof YAMLParser y && y.isCurrentAlias()) {
      if (aliases.count++ == 0) {
        aliases.line = line;
        aliases.column = col;
        aliases.first = p.getText();
      }
      return new Scalar(Kind.NULL, "", file, line, col);
    }
    return text(p.getText(), file, line, col);
  }

  /** A number scalar; one that does not convert to a double is kept as its text. */
  private static Node number(JsonParser p, JsonToken t, String file, int line, int col) {
    double v;
    try {
      v = p.getDoubleValue();
    } catch (JacksonException | NumberFormatException | ArithmeticException e) {
      return text(p.getText(), file, line, col);
    }
    return new Scalar(
        t == JsonToken.VALUE_NUMBER_INT ? Kind.INT : Kind.FLOAT, p.getText(), file, line, col, v);
  }

  /** A text scalar: a non-finite float when it spells one, else a string. */
  private static Node text(String text, String file, int line, int col) {
    if (NON_FINITE.matcher(text).matches()) {
      return new Scalar(Kind.FLOAT, text, file, line, col, nonFinite(text));
    }
    return new Scalar(Kind.STRING, text, file, line, col);
  }

  private static Node mapping(
      JsonParser p, String file, Problems problems, int depth, Aliases aliases, int line, int col) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String key = p.currentName();
      TokenStreamLocation kl = p.currentTokenLocation();
      p.nextToken();
      Node value = node(p, file, problems, depth + 1, aliases);
      Entry prev = entries.get(key);
      if (prev != null) {
        problems.add(
            kl.getLineNr(), kl.getColumnNr(), key, null, Msg.YAML_DUPLICATE_KEY, prev.line());
        continue;
      }
      entries.put(key, new Entry(key, file, kl.getLineNr(), kl.getColumnNr(), value));
    }
    return new MapNode(entries, file, line, col);
  }

  private static Node list(
      JsonParser p, String file, Problems problems, int depth, Aliases aliases, int line, int col) {
    List<Node> items = new ArrayList<>();
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
      items.add(node(p, file, problems, depth + 1, aliases));
    }
    return new ListNode(items, file, line, col);
  }
}
