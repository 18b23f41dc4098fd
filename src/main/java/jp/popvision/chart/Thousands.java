package jp.popvision.chart;

import java.util.Locale;

/**
 * Whole numbers with a thousands separator, exactly as {@code String.format(Locale.ROOT, "%,.0f",
 * v)} writes them (half away from zero, {@code -0} for a negative value that rounds to zero), for
 * the tick labels and value labels that charts format by the hundred. {@link java.util.Formatter}
 * parses its pattern and goes through a decimal expansion on every call, which made the tick labels
 * of one chart cost tens of milliseconds at start-up; this formats a {@code long}.
 */
final class Thousands {
  /** Below this every double is formatted here; above, by the Formatter (never in charts). */
  private static final double LIMIT = 1e15;

  private Thousands() {}

  static String of(double v) {
    if (!(Math.abs(v) < LIMIT)) {
      return String.format(Locale.ROOT, "%,.0f", v); // NaN, infinities, huge values
    }
    // below 2^52 the double's fraction is exact, and rounding it half away from zero rounds the
    // shortest decimal form the Formatter rounds the same way (a tie x.5 is representable)
    long whole = (long) v;
    if (Math.abs(v - whole) >= 0.5) {
      whole += v < 0 ? -1 : 1;
    }
    String digits = Long.toString(Math.abs(whole));
    StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 1);
    if (Double.doubleToRawLongBits(v) < 0) {
      out.append('-');
    }
    int head = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    out.append(digits, 0, head);
    for (int i = head; i < digits.length(); i += 3) {
      out.append(',').append(digits, i, i + 3);
    }
    return out.toString();
  }
}
