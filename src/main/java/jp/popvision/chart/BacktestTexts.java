package jp.popvision.chart;

import java.util.List;

/** Titles, labels and notes of the national backtest's box-plot charts, in one language. */
final class BacktestTexts {
  // English texts keep to Latin-1 and the en dash (the fallback without a Japanese font).
  private final Lang lang;

  BacktestTexts(Lang lang) {
    this.lang = lang;
  }

  private String t(String ja, String en) {
    return lang == Lang.JA ? ja : en;
  }

  String title(int baseYear, int year, int areas) {
    return t(
        year + "年人口の誤差率(" + baseYear + "年基準、" + (year - baseYear) + "年先、" + areas + "市区町村)",
        "Error of the "
            + year
            + " population from base "
            + baseYear
            + " ("
            + (year - baseYear)
            + " years ahead, "
            + areas
            + " areas)");
  }

  String subtitle() {
    return t(
        "人口規模(基準年人口)別、推計 − 国勢調査(%)",
        "By size class (base-year population), projected − census (%)");
  }

  /** The size classes in the order of the summary: four classes and all areas. */
  List<String> sizeClasses() {
    return lang == Lang.JA
        ? List.of("5千人未満", "5千〜2万人", "2万〜10万人", "10万人以上", "全地域")
        : List.of("< 5,000", "5,000–19,999", "20,000–99,999", "100,000 and over", "all areas");
  }

  /** The legend label of IPSS 2018's 2015 → 2020 errors, the reference on every chart. */
  String ipss(boolean sameHorizon) {
    return sameHorizon
        ? t("社人研 平成30年推計", "IPSS 2018")
        : t("社人研 平成30年推計(2015年基準、5年先、参考)", "IPSS 2018 (2015 base, 5 years ahead, reference)");
  }

  String axis() {
    return t("誤差率", "Error");
  }

  String note(int limit) {
    return t(
        "箱: 25〜75パーセンタイル、線: 中央値、ひげ: 10〜90パーセンタイル(±" + limit + "%で切り詰め)",
        "Box: 25th–75th percentile, line: median, whiskers: 10th–90th percentile (clipped at ±"
            + limit
            + "%)");
  }

  String source() {
    return t(
        "出典: 国勢調査 1980〜2020年、社人研 平成30年推計; popvision backtest",
        "Sources: Population Census of Japan 1980–2020; IPSS 2018 projection."
            + " popvision backtest");
  }
}
