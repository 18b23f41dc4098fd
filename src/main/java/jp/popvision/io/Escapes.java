package jp.popvision.io;

import java.util.Locale;

/**
 * Text from an input file made safe to echo on a terminal: control characters (C0, DEL, C1: NUL,
 * BEL, ESC of terminal escape sequences …), format characters such as the bidirectional overrides
 * (U+202E) and the replacement character are shown as {@code \\uXXXX}; tab, CR and LF as {@code
 * \\t}, {@code \\r}, {@code \\n}.
 */
public final class Escapes {
  private Escapes() {}

  public static String shown(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            cp -> {
              if (cp == '\n') {
                sb.append("\\n");
              } else if (cp == '\r') {
                sb.append("\\r");
              } else if (cp == '\t') {
                sb.append("\\t");
              } else if (needsEscape(cp)) {
                sb.append(String.format(Locale.ROOT, "\\u%04X", cp));
              } else {
                sb.appendCodePoint(cp);
              }
            });
    return sb.toString();
  }

  static boolean needsEscape(int cp) {
    int type = Character.getType(cp);
    return Character.isISOControl(cp)
        || cp == 0xFFFD
        || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.SURROGATE
        || type == Character.PRIVATE_USE;
  }
}
