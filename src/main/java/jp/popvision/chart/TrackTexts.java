package jp.popvision.chart;

import java.util.List;
import java.util.Locale;

/** The texts of the 目標と実績 chart ({@link TrackChart}) in Japanese and English. */
record TrackTexts(Lang lang) {
  private String t(String ja, String en) {
    return lang == Lang.JA ? ja : en;
  }

  String title() {
    return t(
        "目標と実績(総合戦略の数値目標と住民基本台帳)", "Targets against actuals (strategy KPIs and resident register)");
  }

  String actual() {
    return t("実績(住民基本台帳)", "Actual (resident register)");
  }

  String scenario() {
    return t("シナリオの推計(国勢調査ベース)", "Scenario (census basis)");
  }

  String target() {
    return t("数値目標", "Target");
  }

  String noData() {
    return t("データなし", "No data");
  }

  String socialPanel() {
    return t("社会増減数(人/年)", "Social change (persons per year)");
  }

  String tfrPanel() {
    return t("合計特殊出生率", "Total fertility rate");
  }

  String socialAxis() {
    return t("人/年", "Persons per year");
  }

  String tfrAxis() {
    return t("合計特殊出生率", "TFR");
  }

  String targetLabel(TrackChartData.Target g, boolean social) {
    if (social) {
      return t("目標 ", "target ") + TrackSeries.signed(g.target() / g.years()) + t("人/年", "/yr");
    }
    return t("目標 ", "target ") + String.format(Locale.ROOT, "%.2f", g.target());
  }

  /** The KPI's years, target and the actual over the years with data. */
  String actualLine(TrackChartData.Target g, boolean social) {
    String years = g.from() + "–" + g.to();
    String target =
        social
            ? TrackSeries.signed(g.target()) + t("人", "")
            : String.format(Locale.ROOT, "%.2f", g.target());
    String a =
        !Double.isFinite(g.actual())
            ? "–"
            : social
                ? TrackSeries.signed(g.actual()) + t("人", "")
                : String.format(Locale.ROOT, "%.2f", g.actual());
    String used = g.used() + "/" + g.years();
    return t(
        years + "年の" + (social ? "累計" : "平均") + ": 目標 " + target + "、実績 " + a + "(" + used + "年分)",
        years
            + (social ? " sum" : " mean")
            + ": target "
            + target
            + ", actual "
            + a
            + " ("
            + used
            + " years)");
  }

  String note(List<Integer> missing) {
    String m =
        missing.isEmpty()
            ? ""
            : t("データなし: ", "no data: ")
                + String.join(", ", missing.stream().map(String::valueOf).toList())
                + t("年(補間していません)。", " (not interpolated). ");
    return t(
        "注: " + m + "出生率は台帳の出生数をシナリオの年齢別パターンで15〜49歳女性に当てた推計。社会増減の目標は年平均に換算。",
        "Note: "
            + m
            + "TFR implied by register births with the scenario age pattern on register women 15–49; the social-change target drawn as a yearly average.");
  }

  String source() {
    return t(
        "出典: 総務省「住民基本台帳に基づく人口、人口動態及び世帯数」、数値目標はシナリオの kpi:",
        "Source: MIC resident register statistics; targets from the scenario kpi: block");
  }
}
