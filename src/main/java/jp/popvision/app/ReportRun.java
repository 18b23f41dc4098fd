package jp.popvision.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.popvision.chart.ChartReferences;
import jp.popvision.chart.ChartSet;
import jp.popvision.chart.ChartWriter;
import jp.popvision.chart.FontChoice;
import jp.popvision.chart.StandardChartSet;
import jp.popvision.io.ChartIndex;
import jp.popvision.io.InputException;
import jp.popvision.io.Lang;
import jp.popvision.io.Msg;
import jp.popvision.io.OutputDir;
import jp.popvision.io.ReportHtml;
import jp.popvision.io.WideTable;
import jp.popvision.io.WideTables;

/**
 * The report pipeline: the compare pipeline ({@link CompareRun#prepare}) for the scenarios, then
 * the standard charts ({@link StandardCharts}) and one self-contained HTML page ({@link
 * ReportHtml}), written with the comparison's tables into one directory: {@code report.html}, the
 * compare outputs, and every chart under {@code charts/}.
 */
public final class ReportRun {
  /** The shipped strategy comparison, relative to the popvision home; ipss-h30 the reference. */
  public static final List<String> STRATEGY =
      List.of(
          "ipss-h30",
          "ipss-r5",
          "recent-trend",
          "baseline",
          "target",
          "strategy-2024",
          "pattern1",
          "sim1",
          "sim2");

  public static final String HTML = "report.html";

  /** Area code and name of the shipped data (until the area catalog names the area, issue 10). */
  static final String[] AREA = {"40228", "朝倉市"};

  /**
   * @param scenarios scenario files or directories as {@code compare} takes them; empty: {@link
   *     #STRATEGY}
   * @param excel hook for the workbook of the report (written by the wide-table workbook writer
   *     when it is there; ignored until then)
   */
  public record Options(
      List<Path> scenarios,
      Path out,
      Lang lang,
      int dpi,
      FontChoice font,
      boolean force,
      boolean excel,
      List<String> commandLine,
      String version) {}

  public record Result(
      CompareRun.Result compare, Path outDir, List<String> files, List<String> absent) {}

  private ReportRun() {}

  public static Result run(Options o, Path home) throws InputException, IOException {
    List<Path> scenarios = o.scenarios();
    String reference = null;
    if (scenarios.isEmpty()) {
      scenarios =
          STRATEGY.stream().map(n -> home.resolve("scenarios").resolve(n + ".yaml")).toList();
      reference = "ipss-h30";
    }
    Path out = o.out() != null ? o.out() : Path.of("out", "report");
    jp.popvision.chart.Lang chartLang =
        o.lang() == Lang.EN ? jp.popvision.chart.Lang.EN : jp.popvision.chart.Lang.JA;
    FontChoice font = o.font() != null ? o.font() : FontChoice.detect();
    CompareRun.Prepared p =
        CompareRun.prepare(
            new CompareRun.Options(
                scenarios,
                reference,
                out,
                new int[] {2040, 2060},
                null,
                false,
                false,
                o.lang(),
                o.force(),
                o.commandLine(),
                o.version(),
                new Simulation.ChartOptions(out.resolve("charts"), chartLang, o.dpi(), font)));
    CompareRun.Result cr = p.result();
    ChartWriter writer = new ChartWriter(chartLang, o.dpi(), font);
    String area = Msg.RP_AREA_ASAKURA.template(o.lang());
    StandardChartSet std = StandardCharts.of(cr.runs(), cr.config(), AREA, area, o.lang());
    Map<String, byte[]> charts = new LinkedHashMap<>(p.chartFiles());
    charts.remove(ChartIndex.FILE);
    charts.putAll(writer.renderStandard(std));
    Comparison.Run main = StandardCharts.find(cr.runs(), StandardCharts.TARGET);
    if (main == null) {
      main = cr.reference();
    }
    Map<String, byte[]> own =
        writer.render(ChartSet.of(StandardCharts.run(main), ChartReferences.of(main.data())));
    for (String n : List.of(ChartWriter.AGE_STRUCTURE, ChartWriter.COMPONENTS)) {
      charts.put(main.name() + "_" + n, own.get(n));
    }
    Map<String, byte[]> files = new LinkedHashMap<>(p.files());
    String html = ReportHtml.render(content(cr, charts, std, area, o), o.lang());
    files.put(HTML, OutputDir.utf8(html));
    charts.forEach((n, b) -> files.put("charts/" + n, b));
    OutputDir.commit(
        List.of(new OutputDir.Target(out, files, "--out")),
        o.force(),
        Simulation.inputs(cr.runs().stream().map(r -> r.scenario().spec()).toList()));
    return new Result(cr, out, new ArrayList<>(files.keySet()), std.absent());
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

  private static ReportHtml.Content content(
      CompareRun.Result cr,
      Map<String, byte[]> charts,
      StandardChartSet std,
      String area,
      Options o) {
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
    List<String> warnings =
        cr.warnings().stream()
            .map(w -> w.scenario() + ": " + jp.popvision.io.Warnings.text(w.warning(), o.lang()))
            .toList();
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
