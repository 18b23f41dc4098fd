package jp.popvision.io;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One problem in an input: where (file, line, column; 0 = unknown), which field, the value found,
 * and what is wrong or allowed, as a {@link Msg} with its arguments. The text is chosen when the
 * problem is shown: {@link #format(Lang)}.
 */
public record Problem(
    String file, int line, int column, String field, String value, Msg msg, List<Object> args) {

  public Problem {
    Objects.requireNonNull(msg, "msg");
    args = args.stream().map(a -> a == null ? (Object) "" : a).toList();
  }

  public Problem(
      String file, int line, int column, String field, String value, Msg msg, Object... args) {
    this(file, line, column, field, value, msg, Arrays.asList(args));
  }

  /** A problem whose message is an English sentence (no Japanese text: prefer a {@link Msg}). */
  public Problem(String file, int line, int column, String field, String value, String message) {
    this(file, line, column, field, value, Msg.TEXT, List.of(message));
  }

  /** The message in English. */
  public String message() {
    return message(Lang.EN);
  }

  public String message(Lang lang) {
    return msg.render(lang, args);
  }

  /** {@code file:line:column: field: value 'x': message}, compiler style, in English. */
  public String format() {
    return format(Lang.EN);
  }

  /** {@code file:line:column: field: value 'x': message} in {@code lang}. */
  public String format(Lang lang) {
    StringBuilder sb = new StringBuilder(file);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    sb.append(": ");
    if (field != null && !field.isEmpty()) {
      sb.append(field).append(": ");
    }
    if (value != null) {
      sb.append(Msg.VALUE_PREFIX.render(lang, abbreviate(value)));
    }
    sb.append(message(lang));
    return Escapes.shown(sb.toString());
  }

  /** One line, at most 60 characters, control characters shown as escapes. */
  static String abbreviate(String v) {
    StringBuilder sb = new StringBuilder();
    v.codePoints()
        .forEach(
            cp -> {
              if (cp == '\n') {
                sb.append("\\n");
              } else if (cp == '\r') {
                sb.append("\\r");
              } else if (cp == '\t') {
                sb.append("\\t");
              } else if (Character.isISOControl(cp)
                  || cp == 0xFFFD
                  || Character.getType(cp) == Character.FORMAT) {
                sb.append(String.format(java.util.Locale.ROOT, "\\u%04X", cp));
              } else {
                sb.appendCodePoint(cp);
              }
            });
    String oneLine = sb.toString();
    return oneLine.codePointCount(0, oneLine.length()) > 60
        ? oneLine.substring(0, oneLine.offsetByCodePoints(0, 57)) + "..."
        : oneLine;
  }
}
