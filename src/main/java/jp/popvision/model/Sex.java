package jp.popvision.model;

/** Sex as used in census tables and life tables. */
public enum Sex {
  MALE("male"),
  FEMALE("female");

  private final String label;

  Sex(String label) {
    this.label = label;
  }

  /** The lower-case label used in CSV files ({@code male}, {@code female}). */
  public String label() {
    return label;
  }

  /** Parses {@code male} or {@code female}; returns null for anything else. */
  public static Sex parse(String text) {
    for (Sex s : values()) {
      if (s.label.equals(text)) {
        return s;
      }
    }
    return null;
  }
}
