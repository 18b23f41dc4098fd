package jp.popvision.io;

import java.util.Locale;

/**
 * Numbers in printed summaries as a reader of the language expects them: thousands separators, a
 * true minus sign (−, U+2212) in Japanese, one decimal for percentages. The unit (人, 年, %) comes
 * from the message template or is added here for percentages. Locale-independent.
 */
public final class NumberText {
  private NumberText() {}

  /** Whole persons with a thousands separator, right-aligned in {@code width}: 37,096. */
  public static String persons(double v, int width, Lang lang) {
    String f = width > 0 ? "%," + width + ".0f" : "%,.0f";
    return minus(String.format(Locale.ROOT, f, v), lang);
  }

  public static String persons(double v, Lang lang) {
    return persons(v, 0, lang).strip();
  }

  /** A signed percentage with one decimal: +1.2%, −29.3% (Japanese) or -29.3% (English). */
  public static String signedPct(double pct, Lang lang) {
    return minus(String.format(Locale.ROOT, "%+.1f%%", pct), lang);
  }

  /** A signed percentage with the given decimals. */
  public static String signedPct(double pct, int decimals, Lang lang) {
    return minus(String.format(Locale.ROOT, "%+." + decimals + "f%%", pct), lang);
  }

  /** A number with {@code decimals} decimals (TFR 1.44, a share 0.4000). */
  public static String fixed(double v, int decimals, Lang lang) {
    return minus(String.format(Locale.ROOT, "%." + decimals + "f", v), lang);
  }

  /** A signed whole number with a thousands separator: +1,200, −1,200. */
  public static String signed(double v, Lang lang) {
    return minus(String.format(Locale.ROOT, "%+,.0f", v), lang);
  }

  /**
   * {@code text} padded with spaces to {@code width} terminal columns (a full-width character takes
   * two), on the left when {@code right} is set.
   */
  public static String pad(String text, int width, boolean right) {
    int w = 0;
    for (int i = 0; i < text.length(); i++) {
      w += text.charAt(i) >= 0x2E80 ? 2 : 1;
    }
    String fill = " ".repeat(Math.max(0, width - w));
    return right ? fill + text : text + fill;
  }

  private static String minus(String s, Lang lang) {
    return lang == Lang.JA ? s.replace('-', '\u2212') : s;
  }
}
