package jp.popvision.io;

import java.util.Locale;

/** The language messages are shown in: Japanese by default, English on request. */
public enum Lang {
  JA,
  EN;

  /** Environment variable that sets the default language ({@code ja} or {@code en}). */
  public static final String ENV = "POPVISION_LANG";

  /**
   * {@code ja}, {@code en} (case-insensitive; a locale such as {@code en_US.UTF-8} or {@code ja-JP}
   * counts by its language); null for anything else.
   */
  public static Lang parse(String text) {
    if (text == null) {
      return null;
    }
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.equals("ja") || t.startsWith("ja_") || t.startsWith("ja-") || t.startsWith("ja.")) {
      return JA;
    }
    if (t.equals("en") || t.startsWith("en_") || t.startsWith("en-") || t.startsWith("en.")) {
      return EN;
    }
    return null;
  }
}
