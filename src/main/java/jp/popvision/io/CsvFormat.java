package jp.popvision.io;

import java.math.BigDecimal;
import java.math.RoundingMode;
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

  /**
   * {@code v} with {@code decimals} decimals, as {@code String.format(Locale.ROOT, "%.nf", v)}
   * writes it (its shortest decimal form rounded half up), except that a value that rounds to zero
   * is written without a minus sign. Finite values go through {@link BigDecimal#valueOf(double)},
   * which starts from the same shortest form: the same digits without the Formatter's pattern
   * parsing and locale look-ups, which made the tables of one run cost tens of milliseconds at
   * start-up (issue 15; tested against the Formatter).
   */
  public static String fixed(double v, int decimals) {
    if (Double.isFinite(v)) {
      return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }
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
