package jp.popvision.chart;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.List;
import java.util.Locale;

/**
 * The font family charts are drawn with, and whether it can display Japanese. Without such a font
 * every Japanese glyph would be drawn as a box, so charts fall back to English labels.
 *
 * @param family a font family name usable with {@link Font#Font(String, int, int)}
 * @param japanese whether the family displays {@link #SAMPLE}
 */
public record FontChoice(String family, boolean japanese) {
  /** Text a font must display to be used for Japanese labels. */
  public static final String SAMPLE = "人口推計 年齢 高齢化率";

  /** Families tried first, in order (small, clear gothic faces). */
  public static final List<String> PREFERRED =
      List.of(
          "IPAexGothic",
          "Noto Sans CJK JP",
          "Noto Sans JP",
          "IPAGothic",
          "Source Han Sans JP",
          "TakaoGothic",
          "VL Gothic");

  /** A choice for a font that cannot display Japanese (for tests and the fallback). */
  public static FontChoice latinOnly(String family) {
    return new FontChoice(family, false);
  }

  /** The language charts are actually drawn in: {@code wanted}, or English without a font. */
  public Lang effective(Lang wanted) {
    return japanese ? wanted : Lang.EN;
  }

  /**
   * Whether {@code text} can be drawn without boxes: checked against the family when it displays
   * Japanese; otherwise only Latin text (below U+0250, and the en dash) is trusted.
   */
  public boolean canDisplay(String text) {
    if (japanese) {
      return new Font(family, Font.PLAIN, 12).canDisplayUpTo(text) == -1;
    }
    return text.chars().allMatch(c -> c < 0x250 || c == '\u2013');
  }

  /**
   * Detects the font once per JVM: a {@link #PREFERRED} family if installed, else the logical
   * SansSerif font when fontconfig maps it to a Japanese face, else any installed family that
   * displays Japanese, else SansSerif without Japanese.
   */
  public static FontChoice detect() {
    return Holder.DETECTED;
  }

  private static final class Holder {
    static final FontChoice DETECTED = search();
  }

  static FontChoice search() {
    for (String f : PREFERRED) {
      Font font = new Font(f, Font.PLAIN, 12);
      if (font.getFamily(Locale.ROOT).equalsIgnoreCase(f) && font.canDisplayUpTo(SAMPLE) == -1) {
        return new FontChoice(f, true);
      }
    }
    if (new Font(Font.SANS_SERIF, Font.PLAIN, 12).canDisplayUpTo(SAMPLE) == -1) {
      return new FontChoice(Font.SANS_SERIF, true);
    }
    String[] all =
        GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT);
    for (String f : all) {
      if (new Font(f, Font.PLAIN, 12).canDisplayUpTo(SAMPLE) == -1) {
        return new FontChoice(f, true);
      }
    }
    return latinOnly(Font.SANS_SERIF);
  }
}
