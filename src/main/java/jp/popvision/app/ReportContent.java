package jp.popvision.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.popvision.chart.ChartWriter;
import jp.popvision.chart.StandardChartSet;
import jp.popvision.io.Msg;
import jp.popvision.io.ReportHtml;
import jp.popvision.io.WideTable;
import jp.popvision.io.WideTables;

/**
 * What the report shows, from the comparison and the charts: the page's content (figures in reading
 * order, each scenario's assumptions and calibration, the tables) and the workbook.
 */
final class ReportContent {
  private ReportContent() {}

  /**
   * The report's workbook: the headline table (scenario × years), the by-year tables (総人口 … 高齢化率)
   * and the 影響度 and 人口構造 tables, one sheet each, headers in the report's language.
   */
  static byte[] workbook(CompareRun.Result cr, ReportRun.Options o) {
    Map<String, String> titles = new LinkedHashMap<>();
    cr.runs().forEach(r -> titles.put(r.name(), r.scenario().spec().title()));
    List<jp.popvision.results.NamedProjection> named = Comparison.named(cr.runs());
    List<WideTable> wide = new ArrayList<>();
    wide.add(WideTables.headline(named, titles, o.lang()));
    wide.addAll(WideTables.byYear(named, o.lang()));
    Map<String, String> csvs = new LinkedHashMap<>();
    for (String n : List.of("impact.csv", "structure.csv")) {
      String t = cr.tables().files().get(n);
      if (t != null) {
        csvs.put(n, t);
      }
    }
    return jp.popvision.io.Xlsx.workbook(wide, csvs, o.lang(), o.version());
  }

  /** The report's figures in reading order: the standard charts first, then the comparison's. */
  static final List<String> ORDER =
      List.of(
          StandardChartSet.VISION,
          ChartWriter.SCENARIOS_TOTAL,
          "scenarios_2040.png",
          "scenarios_2060.png",
          "scenarios_2070.png",
          "pyramid_compare_2045.png",
          "pyramid_compare_2070.png",
          "target_" + ChartWriter.AGE_STRUCTURE,
          "target_" + ChartWriter.COMPONENTS,
          jp.popvision.chart.RegisterChangeData.FILE,
          jp.popvision.chart.NetMigrationByAgeData.FILE,
          jp.popvision.chart.TfrChartData.FILE,
          jp.popvision.chart.StageChartData.FILE,
          jp.popvision.chart.ImpactMatrixData.FILE);

  static ReportHtml.Content content(
      CompareRun.Result cr,
      Map<String, byte[]> charts,
      StandardChartSet std,
      String area,
      List<String> skipped,
      ReportRun.Options o) {
    List<ReportHtml.Figure> figures = new ArrayList<>();
    List<String> names = new ArrayList<>(ORDER.stream().filter(charts::containsKey).toList());
    charts.keySet().stream().filter(n -> !names.contains(n)).forEach(names::add);
    for (String n : names) {
      figures.add(
          new ReportHtml.Figure(
              Msg.RP_FIGURE.render(o.lang(), figures.size() + 1, n), charts.get(n)));
    }
    List<ReportHtml.Scenario> scenarios = new ArrayList<>();
    for (Comparison.Run r : cr.runs()) {
      Map<String, String> t = jp.popvision.io.ProjectionTables.of(r.scenario(), r.projection());
      scenarios.add(
          new ReportHtml.Scenario(
              r.name(),
              r.scenario().spec().title(),
              r.scenario().spec().description(),
              t.get("assumptions.csv"),
              t.get("calibration.csv")));
    }
    Map<String, String> titles = new LinkedHashMap<>();
    cr.runs().forEach(r -> titles.put(r.name(), r.scenario().spec().title()));
    WideTable headline = WideTables.headline(Comparison.named(cr.runs()), titles, o.lang());
    List<String> warnings = new ArrayList<>(skipped);
    cr.warnings().stream()
        .map(w -> w.scenario() + ": " + jp.popvision.io.Warnings.text(w.warning(), o.lang()))
        .forEach(warnings::add);
    return new ReportHtml.Content(
        area,
        o.version(),
        headline,
        figures,
        scenarios,
        cr.tables().files().get("impact.csv"),
        cr.tables().files().get("structure.csv"),
        warnings,
        Msg.render(cr.notes(), o.lang()),
        std.absent());
  }
}
