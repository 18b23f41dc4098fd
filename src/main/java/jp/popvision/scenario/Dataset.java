package jp.popvision.scenario;

/** Population datasets by sex and 5-year age group shipped in {@code data/}. */
public enum Dataset {
  /** 国勢調査 1980–2015, age unknown distributed pro rata by sex. */
  CENSUS("census"),
  /** IPSS 日本の地域別将来推計人口（平成30年推計）2015–2045. */
  IPSS_H30("ipss-h30");

  private final String key;

  Dataset(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  public static Dataset parse(String key) {
    for (Dataset d : values()) {
      if (d.key.equals(key)) {
        return d;
      }
    }
    return null;
  }
}
