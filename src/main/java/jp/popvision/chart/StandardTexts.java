package jp.popvision.chart;

import java.util.List;
import java.util.Locale;

/** Titles, legends and notes of the standard charts of a 人口ビジョン, in one language. */
final class StandardTexts {
  private final Lang lang;

  StandardTexts(Lang lang) {
    this.lang = lang;
  }

  private String t(String ja, String en) {
    return lang == Lang.JA ? ja : en;
  }

  String registerTitle() {
    return t("自然増減・社会増減の推移(住民基本台帳、実績)", "Natural and social change (resident register, actual)");
  }

  String natural() {
    return t("自然増減(出生−死亡)", "Natural change (births − deaths)");
  }

  String social() {
    return t("社会増減(転入−転出)", "Social change (in − out)");
  }

  String change() {
    return t("増減計", "Total change");
  }

  String personsPerYear() {
    return t("人/年", "Persons per year");
  }

  String registerNote(List<String> coverages, List<Integer> gaps) {
    String cov =
        coverages.contains("japanese")
            ? t("2012年度まで日本人のみ、以降は外国人を含む総数", "Japanese nationals only up to FY2012, then total")
            : t("外国人を含む総数", "total including foreign residents");
    String g =
        gaps.isEmpty()
            ? ""
            : t("、データなし: ", "; no data: ")
                + String.join(", ", gaps.stream().map(String::valueOf).toList());
    return t(
            "注: 2012年度までは年度(4月〜3月)、2013年から暦年。",
            "Note: fiscal years up to FY2012, calendar years from 2013; ")
        + cov
        + g;
  }

  String registerSource() {
    return t("出典: 総務省「住民基本台帳に基づく人口、人口動態及び世帯数」", "Source: MIC, resident register statistics");
  }

  String netMigrationTitle() {
    return t("年齢階級別純移動数の推移(国勢調査からの推計)", "Net migration by age (census residual)");
  }

  String panel(boolean male) {
    return male ? t("男性", "Male") : t("女性", "Female");
  }

  String periodLabel(int from) {
    return from + "→" + (from + 5);
  }

  String netMigrants() {
    return t("純移動数(人/5年)", "Net migrants per 5 years");
  }

  String cohortAxis() {
    return t("年齢階級(期首→期末)", "Age group (start → end of period)");
  }

  String netMigrationNote() {
    return t(
        "注: 純移動数 = 期末の国勢調査人口 − 期首人口を生残率(WPP 2024 日本)で封鎖推計した人口。期間中の出生(期末0〜4歳)は含まない。",
        "Note: net migrants = census population at the end − closed projection of the start with WPP"
            + " 2024 survival; births of the period (0–4 at the end) are not shown.");
  }

  String censusSource() {
    return t(
        "出典: 国勢調査、UN WPP 2024; 推計: popvision",
        "Sources: Population Census of Japan; UN WPP 2024. Estimate: popvision");
  }

  String tfrTitle(String area) {
    return t(
        "合計特殊出生率の比較(" + area + "・県・全国)", "Total fertility rate: " + area + ", prefecture, Japan");
  }

  String japan() {
    return t("全国(人口動態統計)", "Japan (vital statistics)");
  }

  String span(String name, int from, int to) {
    return name + " " + from + "–" + to + t("年(ベイズ推定)", " (Bayesian estimate)");
  }

  String prefecture(String name) {
    return name + t("(ベイズ推定)", " (Bayesian estimate)");
  }

  String tfrAxis() {
    return t("合計特殊出生率", "Total fertility rate");
  }

  String year() {
    return t("年", "Year");
  }

  String tfrMissing(List<String> missing) {
    if (missing.isEmpty()) {
      return "";
    }
    List<String> names =
        missing.stream()
            .map(
                m ->
                    switch (m) {
                      case "area" -> t("当該市町村", "the area");
                      case "prefecture" -> t("県", "the prefecture");
                      default -> t("全国", "Japan");
                    })
            .toList();
    return t("注: データに含まれないため表示していない系列: ", "Note: not in the data, so not drawn: ")
        + String.join(t("、", ", "), names);
  }

  String tfrSource() {
    return t(
        "出典: 厚生労働省「人口動態統計」、同「人口動態保健所・市区町村別統計」(2008–2012年)",
        "Sources: MHLW vital statistics; MHLW municipal Bayesian estimates 2008–2012");
  }

  String impactTitle(int year) {
    return t("自然増減・社会増減の影響度(" + year + "年)", "Impact of natural and social change, " + year);
  }

  String naturalImpact() {
    return t("自然増減の影響度", "Natural-change impact");
  }

  String socialImpact() {
    return t("社会増減の影響度", "Social-change impact");
  }

  String level(int k) {
    return t("影響度" + k, "Level " + k);
  }

  String range(double[] t, int level) {
    String f = "%.0f%%";
    if (level == 1) {
      return t(
          String.format(Locale.ROOT, f, t[0]) + "未満", "< " + String.format(Locale.ROOT, f, t[0]));
    }
    if (level == 5) {
      return t(
          String.format(Locale.ROOT, f, t[3]) + "以上", "≥ " + String.format(Locale.ROOT, f, t[3]));
    }
    return String.format(Locale.ROOT, "%.0f–%.0f%%", t[level - 2], t[level - 1]);
  }

  /** The two lines of the area's cell. */
  String[] impactCell(double natural, double social) {
    return new String[] {
      t("自然 ", "natural ") + String.format(Locale.ROOT, "%.1f%%", natural),
      t("社会 ", "social ") + String.format(Locale.ROOT, "%.1f%%", social)
    };
  }

  String impactNote() {
    return t(
        "自然増減の影響度 = シミュレーション1 ÷ パターン1、社会増減の影響度 = シミュレーション2 ÷ シミュレーション1(目標年の総人口)。区分の閾値は config/analysis.yaml(内閣府の手引きとの照合は未了)。",
        "Natural = sim1 / pattern1, social = sim2 / sim1 (totals in the target year); thresholds from"
            + " config/analysis.yaml (not yet checked against the Cabinet Office guidance).");
  }

  String stageTitle() {
    return t("人口減少段階(基準年 = 100)", "Stages of population decline (base year = 100)");
  }

  /** A broad age group's index line: 0–14, 15–64 or 65+ (to < 0: open). */
  String index(int from, int to) {
    String ages = to < 0 ? from + t("歳以上", "+") : from + "–" + to + t("歳", "");
    return t(ages + "人口", "Aged " + ages);
  }

  String indexAxis() {
    return t("指数(基準年 = 100)", "Index (base year = 100)");
  }

  String stage(int k) {
    return t("第" + k + "段階", "Stage " + k);
  }

  String stageNote(double band) {
    return t(
        String.format(Locale.ROOT, "第1段階: 老年人口増加、第2段階: 老年人口維持・微減(基準年の%.0f%%以内)、第3段階: 老年人口減少", band),
        String.format(
            Locale.ROOT,
            "Stage 1: 65+ growing; 2: 65+ within %.0f%% below the base; 3: 65+ falling",
            band));
  }

  String visionTitle() {
    return t("将来人口の見通し: 目標・現状推移・社人研推計", "Population outlook: target, current trend, IPSS");
  }

  String overlayTitle(int year) {
    return t("人口ピラミッドの比較(" + year + "年)", "Population pyramids compared, " + year);
  }
}
