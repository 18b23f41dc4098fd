package jp.popvision.io;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;

/**
 * The layout of Jackson's {@code DefaultPrettyPrinter} with its default separators, written out:
 * objects one entry per line, indented by two spaces, {@code "name" : value}; arrays on one line,
 * {@code [ 1, 2 ]}; empty ones {@code { }} and {@code [ ]}. Jackson's own builds its separators
 * with string concatenation linked through invokedynamic at first use, about 12 ms of a run's
 * start-up (issue 15); {@code JsonTextTest} checks that both write the same text.
 */
final class JsonIndent implements PrettyPrinter {
  private int nesting;

  @Override
  public void writeRootValueSeparator(JsonGenerator g) {
    g.writeRaw(' ');
  }

  @Override
  public void writeStartObject(JsonGenerator g) {
    g.writeRaw('{');
    nesting++;
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) {
    newLine(g);
  }

  @Override
  public void writeObjectNameValueSeparator(JsonGenerator g) {
    g.writeRaw(" : ");
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) {
    g.writeRaw(',');
    newLine(g);
  }

  @Override
  public void writeEndObject(JsonGenerator g, int entries) {
    nesting--;
    if (entries > 0) {
      newLine(g);
    } else {
      g.writeRaw(' ');
    }
    g.writeRaw('}');
  }

  @Override
  public void writeStartArray(JsonGenerator g) {
    g.writeRaw('[');
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) {
    g.writeRaw(' ');
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) {
    g.writeRaw(", ");
  }

  @Override
  public void writeEndArray(JsonGenerator g, int values) {
    g.writeRaw(" ]"); // "[ 1, 2 ]" and "[ ]" alike
  }

  private void newLine(JsonGenerator g) {
    g.writeRaw('\n');
    for (int i = 0; i < nesting; i++) {
      g.writeRaw("  ");
    }
  }
}
