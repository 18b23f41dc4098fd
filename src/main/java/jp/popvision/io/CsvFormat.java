package jp.popvision.io;

import java.util.Locale;

/** Fixed, locale-independent number formatting for CSV outputs (byte-identical reruns). */
public final class CsvFormat {
  /** A value that rounds to zero from below, as {@code %f} writes it: -0, -0.0000. */
  private static final java.util.regex.Pattern NEGATIVE_ZERO =
      java.util.regex.Pattern.compile("-0\\.?0*");

  private CsvFormat() {}

  /** A count of persons with two decimals (the engine keeps fractions of persons). */
  public static String count(double v) {
    return fixed(v, 2);
  }

  /** A share (0–1) with four decimals. */
  public static String share(double v) {
    return fixed(v, 4);
  }

  public static String fixed(double v, int decimals) {
    String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
    return s.startsWith("-") && NEGATIVE_ZERO.matcher(s).matches() ? s.substring(1) : s;
  }

  /** An optional value: empty cell for null. */
  public static String optional(Double v, int decimals) {
    return v == null ? "" : fixed(v, decimals);
  }

  /**
   * A text cell: quoted when it holds a comma, quote or line break; a leading {@code = + - @} is
   * prefixed with a quote mark so that spreadsheet programs do not read it as a formula.
   */
  public static String text(String s) {
    String t = s;
    if (!t.isEmpty() && "=+-@".indexOf(t.charAt(0)) >= 0) {
      t = "'" + t;
    }
    if (t.contains(",") || t.contains("\"") || t.contains("\n") || t.contains("\r")) {
      t = "\"" + t.replace("\"", "\"\"") + "\"";
    }
    return t;
  }
}
