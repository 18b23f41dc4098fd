package jp.popvision.chart;

/** Language of chart titles, axis labels and legends. */
public enum Lang {
  /** Japanese (default; needs a font that can display Japanese). */
  JA("ja"),
  /** English. */
  EN("en");

  private final String key;

  Lang(String key) {
    this.key = key;
  }

  /** The option value: {@code ja} or {@code en}. */
  public String key() {
    return key;
  }

  /** Parses {@code ja} or {@code en}; returns null for anything else. */
  public static Lang parse(String text) {
    for (Lang l : values()) {
      if (l.key.equals(text)) {
        return l;
      }
    }
    return null;
  }
}
