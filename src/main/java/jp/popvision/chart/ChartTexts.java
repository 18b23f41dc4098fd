package jp.popvision.chart;

/** Titles, axis labels and legend entries in one language. */
final class ChartTexts {
  // English texts keep to Latin-1 and the en dash, which every text font has: they are also
  // the fallback when no font can display Japanese.
  private final Lang lang;

  ChartTexts(Lang lang) {
    this.lang = lang;
  }

  Lang lang() {
    return lang;
  }

  private String t(String ja, String en) {
    return lang == Lang.JA ? ja : en;
  }

  String source() {
    return t(
        "出典: 国勢調査、社人研「日本の地域別将来推計人口」(平成30年・令和5年推計)、UN WPP 2024; 推計: popvision",
        "Sources: Population Census of Japan; IPSS regional population projections (2018, 2023);"
            + " UN WPP 2024. Projection: popvision");
  }

  String scenario(String title) {
    return t("シナリオ: ", "Scenario: ") + title;
  }

  String persons() {
    return t("人口(人)", "Population (persons)");
  }

  String year() {
    return t("年", "Year");
  }

  /** A labelled value such as {@code 2040年 35,308人} or {@code 2040: 35,308}. */
  String yearPersons(int year, String persons) {
    return t(year + "年 " + persons + "人", year + ": " + persons);
  }

  // total_population.png
  String totalTitle() {
    return t("総人口の推移と将来推計", "Total population: census and projection");
  }

  String census() {
    return t("国勢調査(実績)", "Census (actual)");
  }

  String projection() {
    return t("推計(本シナリオ)", "Projection (this scenario)");
  }

  String ipssH30() {
    return t("社人研 平成30年推計", "IPSS 2018 projection");
  }

  String ipssR5() {
    return t("社人研 令和5年推計", "IPSS 2023 projection");
  }

  // pyramid_<year>.png
  String pyramidTitle(int year) {
    return t("人口ピラミッド(" + year + "年)", "Population pyramid, " + year);
  }

  String male() {
    return t("男性", "Male");
  }

  String female() {
    return t("女性", "Female");
  }

  String outline(int baseYear) {
    return t(baseYear + "年(基準年)", baseYear + " (base year)");
  }

  String age() {
    return t("年齢", "Age");
  }

  String pyramidSummary(int year, String total, String share65) {
    return t(
        year + "年  総人口 " + total + "人  高齢化率 " + share65 + "%",
        year + "  total " + total + "  aged 65+ " + share65 + "%");
  }

  // age_structure.png
  String ageStructureTitle() {
    return t("年齢3区分別人口と高齢化率", "Population by broad age group and share aged 65+");
  }

  String age0to14() {
    return t("0〜14歳(年少人口)", "0–14");
  }

  String age15to64() {
    return t("15〜64歳(生産年齢人口)", "15–64");
  }

  String age65plus() {
    return t("65歳以上(老年人口)", "65+");
  }

  String share65() {
    return t("高齢化率(65歳以上の割合)", "Share aged 65+");
  }

  String share75() {
    return t("75歳以上の割合", "Share aged 75+");
  }

  String sharePercent() {
    return t("割合(%)", "Share (%)");
  }

  String actual() {
    return t("← 実績", "actual");
  }

  String projected() {
    return t("推計 →", "projection");
  }

  // components.png
  String componentsTitle() {
    return t("人口増減の要因(5年ごと)", "Components of population change (per 5 years)");
  }

  String births() {
    return t("出生数", "Births");
  }

  String deaths() {
    return t("死亡数(負値)", "Deaths (negative)");
  }

  String netMigration() {
    return t("純移動数(社会増減)", "Net migration (social change)");
  }

  String naturalChange() {
    return t("自然増減(出生−死亡)", "Natural change (births - deaths)");
  }

  String totalChange() {
    return t("人口増減(自然+社会)", "Total change (natural + social)");
  }

  String limitedMark() {
    return t("※", "*");
  }

  String nearEmptyNote(String groups) {
    return t(
        "※ 基準年の1%未満に減った男女・年齢階級(ほぼ空): " + groups,
        "* Near-empty (under 1% of the base year): " + groups);
  }

  String limitedNote() {
    return t(
        "※ 転出が年齢階級の人口を上回るため純移動を縮小した期間(人口が負にならないよう制限)",
        "* Net out-migration reduced in the period where it exceeded an age group's population"
            + " (no group below zero)");
  }

  String period() {
    return t("期間(10月1日〜5年後の9月30日)", "Period (1 October to 30 September five years later)");
  }

  String personsPerPeriod() {
    return t("人数(人/5年)", "Persons per 5 years");
  }

  String comparisonSubtitle(int scenarios) {
    return t("シナリオ比較(" + scenarios + "本)", "Comparison of " + scenarios + " scenarios");
  }

  String comparisonBarsTitle(int year) {
    return t(year + "年の人口(年齢3区分)", "Population in " + year + " by broad age group");
  }

  String backtestTitle() {
    return t("バックテスト: 過去の国勢調査から推計していたら", "Backtest: projecting from earlier censuses");
  }

  String backtestSubtitle() {
    return t(
        "各基準年に入手できたデータだけで推計し、その後の国勢調査と比較",
        "Each projection uses only data available at its base year, compared with later censuses");
  }

  String backtestPanel(int baseYear) {
    return t(baseYear + "年基準", "Base " + baseYear);
  }

  /** A migration method's label. */
  String method(String key) {
    return switch (key) {
      case "net-rates" -> t("純移動率", "net rates");
      case "net-counts" -> t("純移動数(年齢構成つき)", "net counts with profile");
      case "cohort-change" -> t("コーホート変化率", "cohort change ratios");
      case "register-counts" -> t("住基の社会増減", "register social change");
      default -> key;
    };
  }

  /** The official projection's miss, e.g. 社人研H30の2020年 48,660人 / 誤差 −1,613人 (−3.2%). */
  String officialError(int year, double projected, double error, double pct) {
    String p = Thousands.of(projected);
    String e = String.format(java.util.Locale.ROOT, "%+,.0f", error).replace('-', '−');
    String q = String.format(java.util.Locale.ROOT, "%+.1f", pct).replace('-', '−');
    return t(
        "社人研H30の" + year + "年 " + p + "人\n誤差 " + e + "人 (" + q + "%)",
        "IPSS 2018 for " + year + ": " + p + "\nerror " + e + " (" + q + "%)");
  }
}
