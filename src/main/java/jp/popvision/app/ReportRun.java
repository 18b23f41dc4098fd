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
    CompareRun.Prepared p = prepare(o, sel, scenarios, reference, out, chartLang, font);
    CompareRun.Result cr = p.result();
    ChartWriter writer = new ChartWriter(chartLang, o.dpi(), font);
    jp.popvision.scenario.AreaInfo a = cr.reference().data().area();
    String area =
        a != null
            ? Msg.RP_AREA.render(o.lang(), a.prefecture(), a.name(), a.code())
            : Msg.RP_AREA_ASAKURA.template(o.lang());
    StandardChartSet std = StandardCharts.of(cr.runs(), cr.config(), codeName(a), area, o.lang());
    Map<String, byte[]> charts = charts(p, writer, std);
    Map<String, byte[]> files = new LinkedHashMap<>(p.files());
    String html =
        ReportHtml.render(ReportContent.content(cr, charts, std, area, sel.skipped(), o), o.lang());
    files.put(HTML, OutputDir.utf8(html));
    if (o.excel()) {
      files.put(XLSX, ReportContent.workbook(cr, o));
    }
    charts.forEach((n, b) -> files.put("charts/" + n, b));
    OutputDir.commit(
        List.of(new OutputDir.Target(out, files, "--out")),
        o.force(),
        RunOutputs.inputs(cr.runs().stream().map(r -> r.scenario().spec()).toList()));
    return new Result(cr, out, new ArrayList<>(files.keySet()), std.absent(), sel.skipped());
  }

  /** The compare pipeline for the report: 2040 and 2060, charts under {@code <out>/charts}. */
  private static CompareRun.Prepared prepare(
      Options o,
      Selection sel,
      List<Path> scenarios,
      String reference,
      Path out,
      jp.popvision.chart.Lang chartLang,
      FontChoice font)
      throws InputException, IOException {
    return CompareRun.prepare(
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
  }

  /** The area's code and name for the charts (the default area when the scenario has none). */
  private static String[] codeName(jp.popvision.scenario.AreaInfo a) {
    return a != null
        ? new String[] {a.code(), a.name()}
        : new String[] {LoadedScenario.DEFAULT_AREA, "朝倉市"};
  }

  /**
   * The compare charts (without their index), the standard charts, and the age structure and
   * components of the target scenario (or the reference).
   */
  private static Map<String, byte[]> charts(
      CompareRun.Prepared p, ChartWriter writer, StandardChartSet std) throws IOException {
    CompareRun.Result cr = p.result();
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
    return charts;
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
}
