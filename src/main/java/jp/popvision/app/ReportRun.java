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
import jp.popvision.io.Problem;
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

  /** The workbook of {@code --excel}. */
  public static final String XLSX = "report.xlsx";

  /**
   * @param scenarios scenario files or directories as {@code compare} takes them; empty: {@link
   *     #STRATEGY}
   * @param excel also write {@code report.xlsx}, one sheet per wide table
   * @param area {@code --area CODE|NAME}: every scenario for this area; a scenario that cannot
   *     apply to it is skipped and named with the reason (null: each scenario's own area)
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
      String version,
      String area) {
    /** Options without {@code --area}. */
    public Options(
        List<Path> scenarios,
        Path out,
        Lang lang,
        int dpi,
        FontChoice font,
        boolean force,
        boolean excel,
        List<String> commandLine,
        String version) {
      this(scenarios, out, lang, dpi, font, force, excel, commandLine, version, null);
    }
  }

  /**
   * What the report wrote; {@code skipped}: the scenarios that could not apply to the area, each
   * "name: reason" in the run's language.
   */
  public record Result(
      CompareRun.Result compare,
      Path outDir,
      List<String> files,
      List<String> absent,
      List<String> skipped) {}

  /** The scenarios that apply to the area and those that do not (name: reason). */
  private record Selection(List<Path> files, List<String> skipped, List<String> skippedEn) {}

  private ReportRun() {}

  public static Result run(Options o, Path home) throws InputException, IOException {
    List<Path> scenarios = o.scenarios();
    String reference = null;
    if (scenarios.isEmpty()) {
      scenarios =
          STRATEGY.stream().map(n -> home.resolve("scenarios").resolve(n + ".yaml")).toList();
      reference = "ipss-h30";
    }
    Selection sel = select(scenarios, o.area(), o.lang());
    scenarios = sel.files();
    if (reference != null
        && scenarios.stream().noneMatch(f -> f.getFileName().toString().equals("ipss-h30.yaml"))) {
      reference = null;
    }
    Path out = o.out() != null ? o.out() : defaultOut(scenarios, o.area());
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
                new Simulation.ChartOptions(out.resolve("charts"), chartLang, o.dpi(), font),
                o.area()),
            sel.skippedEn().isEmpty() ? Map.of() : Map.of("skipped_scenarios", sel.skippedEn()));
    CompareRun.Result cr = p.result();
    ChartWriter writer = new ChartWriter(chartLang, o.dpi(), font);
    jp.popvision.scenario.AreaInfo a = cr.reference().data().area();
    String[] codeName =
        a != null
            ? new String[] {a.code(), a.name()}
            : new String[] {LoadedScenario.DEFAULT_AREA, "朝倉市"};
    String area =
        a != null
            ? Msg.RP_AREA.render(o.lang(), a.prefecture(), a.name(), a.code())
            : Msg.RP_AREA_ASAKURA.template(o.lang());
    StandardChartSet std = StandardCharts.of(cr.runs(), cr.config(), codeName, area, o.lang());
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
    String html = ReportHtml.render(content(cr, charts, std, area, sel.skipped(), o), o.lang());
    files.put(HTML, OutputDir.utf8(html));
    if (o.excel()) {
      files.put(XLSX, workbook(cr, o));
    }
    charts.forEach((n, b) -> files.put("charts/" + n, b));
    OutputDir.commit(
        List.of(new OutputDir.Target(out, files, "--out")),
        o.force(),
        Simulation.inputs(cr.runs().stream().map(r -> r.scenario().spec()).toList()));
    return new Result(cr, out, new ArrayList<>(files.keySet()), std.absent(), sel.skipped());
  }

  /**
   * With {@code --area}, every scenario is first run alone for the area: one that cannot apply (its
   * inputs are not in the area's data) is skipped with the reason; an area the catalog does not
   * know fails the whole report at {@code --area}, as in every command. Without {@code --area},
   * every scenario is kept.
   */
  private static Selection select(List<Path> scenarios, String area, Lang lang)
      throws InputException {
    if (area == null) {
      return new Selection(scenarios, List.of(), List.of());
    }
    List<Path> kept = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    List<String> skippedEn = new ArrayList<>();
    List<Problem> all = new ArrayList<>();
    for (Path f : Comparison.expand(scenarios)) {
      try {
        Comparison.runAll(List.of(f), area);
        kept.add(f);
      } catch (InputException e) {
        for (Problem p : e.problems()) {
          if ("--area".equals(p.field()) && LoadedScenario.COMMAND_LINE.equals(p.file())) {
            throw new InputException(p);
          }
        }
        all.addAll(e.problems());
        String name = f.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        Problem first = e.problems().get(0);
        skipped.add(Msg.RP_SKIPPED.render(lang, name, first.format(lang)));
        skippedEn.add(Msg.RP_SKIPPED.render(Lang.EN, name, first.format(Lang.EN)));
      }
    }
    if (kept.isEmpty()) {
      throw new InputException(all);
    }
    return new Selection(kept, skipped, skippedEn);
  }

  /** out/report, or out/report-CODE for an area other than the default one chosen by --area. */
  private static Path defaultOut(List<Path> scenarios, String area) throws InputException {
    if (area != null) {
      String code = LoadedScenario.read(scenarios.get(0), area).data().area().code();
      if (!code.equals(LoadedScenario.DEFAULT_AREA)) {
        return Path.of("out", "report-" + code);
      }
    }
    return Path.of("out", "report");
  }

  /**
   * The report's workbook: the headline table (scenario × years), the by-year tables (総人口 … 高齢化率)
   * and the 影響度 and 人口構造 tables, one sheet each, headers in the report's language.
   */
  private static byte[] workbook(CompareRun.Result cr, Options o) {
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

  private static ReportHtml.Content content(
      CompareRun.Result cr,
      Map<String, byte[]> charts,
      StandardChartSet std,
      String area,
      List<String> skipped,
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
