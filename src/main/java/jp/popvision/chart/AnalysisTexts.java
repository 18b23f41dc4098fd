package jp.popvision.chart;

import java.util.Locale;

/** Titles, labels and legends of the sensitivity and uncertainty charts, in one language. */
final class AnalysisTexts {
  // English texts keep to Latin-1 and the en dash (the fallback without a Japanese font).
  private final Lang lang;

  AnalysisTexts(Lang lang) {
    this.lang = lang;
  }

  private String t(String ja, String en) {
    return lang == Lang.JA ? ja : en;
  }

  static String n(double v) {
    String s = Thousands.of(v);
    return s.equals("-0") ? "0" : s;
  }

  /** A signed count with a real minus sign in Japanese, a hyphen in English. */
  String signed(double v) {
    String s = n(v);
    if (v > 0.5) {
      return "+" + s;
    }
    return lang == Lang.JA ? s.replace('-', '−') : s;
  }

  String source() {
    return t(
        "出典: 国勢調査、UN WPP 2024; 推計: popvision(コーホート要因法)",
        "Sources: Population Census of Japan; UN WPP 2024. Projection: popvision (cohort-component)");
  }

  String persons() {
    return t("人口(人)", "Population (persons)");
  }

  String personsValue(double v) {
    return t(n(v) + "人", n(v));
  }

  String indicator(String key) {
    return switch (key) {
      case "total" -> t("総人口", "total population");
      case "age_0_14" -> t("0〜14歳人口", "population aged 0–14");
      default -> t("65歳以上人口", "population aged 65+");
    };
  }

  // ---- tornado

  String tornadoTitle(int year, String indicator) {
    return t(
        "感度分析: " + year + "年の" + indicator(indicator) + "(一つずつ仮定を変えた場合)",
        "Sensitivity: " + indicator(indicator) + " in " + year + ", one assumption at a time");
  }

  String lowered() {
    return t("仮定を下げた場合", "Assumption lowered");
  }

  String raised() {
    return t("仮定を上げた場合", "Assumption raised");
  }

  String scenarioValue(double v) {
    return t("本シナリオ " + n(v) + "人", "This scenario: " + n(v));
  }

  /** The lever of a bar, e.g. 合計特殊出生率 ±0.2. */
  String lever(String lever, double change, double low, double high) {
    return switch (lever) {
      case "tfr" -> t("合計特殊出生率 ±", "TFR ±") + trim(change);
      case "migration" ->
          t("社会増減 ±" + n(change) + "人/5年", "Net migration ±" + n(change) + " per 5 years");
      case "e0" ->
          t(
              "平均寿命 ±" + trim(change) + "年",
              "Life expectancy ±" + trim(change) + (change == 1 ? " year" : " years"));
      default -> t("出生性比 ", "Sex ratio at birth ") + trim(low) + " / " + trim(high);
    };
  }

  /** The lever's values of a bar, e.g. (1.66〜2.06). */
  String leverRange(String lever, double low, double high) {
    return switch (lever) {
      case "tfr" -> "(" + trim(low) + t("〜", "–") + trim(high) + ")";
      case "migration" -> "(" + signed(low) + t("〜", " to ") + signed(high) + ")";
      default -> "";
    };
  }

  static String trim(double v) {
    return new java.math.BigDecimal(String.format(Locale.ROOT, "%.4f", v))
        .stripTrailingZeros()
        .toPlainString();
  }

  // ---- heat map

  String heatMapTitle(int year) {
    return t(
        year + "年の総人口: 合計特殊出生率 × 社会増減", "Total population in " + year + ": TFR x net migration");
  }

  String tfrAxis(int fromYear) {
    return t("合計特殊出生率(" + fromYear + "年以降の水準)", "TFR (level from " + fromYear + ")");
  }

  String migrationAxis(int fromYear) {
    return t("社会増減(人/5年、" + fromYear + "年以降)", "Net migration per 5 years (from " + fromYear + ")");
  }

  String colorBar() {
    return t("総人口(人)", "Total population");
  }

  String contour() {
    return t("等人口線", "Contour");
  }

  String scenarioPointLabel(double tfr, double migration, double value) {
    return t(
        "本シナリオ(出生率 " + trim(tfr) + "・社会増減 " + signed(migration) + "人/5年): " + n(value) + "人",
        "This scenario (TFR "
            + trim(tfr)
            + ", net migration "
            + signed(migration)
            + " per 5 years): "
            + n(value));
  }

  String limitedCells() {
    return t(
        "斜線: 転出が年齢階級の人口を上回り、人口が負にならないよう純移動を縮小した組み合わせ",
        "Hatched: net out-migration exceeded an age group's population and was limited (no group"
            + " below zero)");
  }

  // ---- fan chart

  String fanTitle() {
    return t("総人口の将来推計の幅(確率的推計)", "Total population: probabilistic projection");
  }

  String band(int percent) {
    return t(percent + "%区間", percent + "% interval");
  }

  String median() {
    return t("中央値", "Median");
  }

  String deterministic() {
    return t("本シナリオ(確定推計)", "This scenario (deterministic)");
  }

  String census() {
    return t("国勢調査(実績)", "Census (actual)");
  }

  String year() {
    return t("年", "Year");
  }

  String medianLabel(int year, double v) {
    return t(year + "年 中央値 " + n(v) + "人", year + ": median " + n(v));
  }

  String intervalLabel(double lo, double hi) {
    return t("95%区間 " + n(lo) + "〜" + n(hi) + "人", "95%: " + n(lo) + "–" + n(hi));
  }

  String fanNote(int trajectories, long seed, java.util.List<FanChartData.Noise> noise) {
    StringBuilder sb =
        new StringBuilder(
            t(
                "試行 " + n(trajectories) + "回(乱数シード " + seed + ")",
                n(trajectories) + " trajectories (seed " + seed + ")"));
    if (!noise.isEmpty()) {
      sb.append(t("。仮定のばらつき(標準偏差・自己相関): ", ". Deviations (sd, autocorrelation): "));
      java.util.List<String> parts = new java.util.ArrayList<>();
      for (FanChartData.Noise x : noise) {
        String sd =
            switch (x.source()) {
              case "tfr" -> t("出生率 ", "TFR ") + trim(x.sd());
              case "net_migration" ->
                  t("社会増減 " + n(x.sd()) + "人/5年", "net migration " + n(x.sd()) + " per 5 years");
              default ->
                  t(
                      "平均寿命 " + trim(x.sd()) + "年",
                      "life expectancy " + trim(x.sd()) + (x.sd() == 1 ? " year" : " years"));
            };
        parts.add(sd + t("・", ", ") + trim(x.autocorrelation()));
      }
      sb.append(String.join(t("、", "; "), parts));
    }
    return sb.toString();
  }
}
