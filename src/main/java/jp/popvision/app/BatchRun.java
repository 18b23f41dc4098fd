package jp.popvision.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import jp.popvision.chart.ChartReferences;
import jp.popvision.chart.ChartSet;
import jp.popvision.chart.ChartWriter;
import jp.popvision.chart.FontChoice;
import jp.popvision.engine.Projection;
import jp.popvision.engine.Projector;
import jp.popvision.io.InputException;
import jp.popvision.io.Lang;
import jp.popvision.io.Manifest;
import jp.popvision.io.OutputDir;
import jp.popvision.io.Problem;
import jp.popvision.io.ProjectionTables;
import jp.popvision.scenario.InputData;
import jp.popvision.scenario.ResolvedScenario;

/**
 * One scenario for many areas ({@code --area all}, {@code --area 40}): the tables of every area in
 * one file each with {@code area_code} first (the same columns as a single run's), and {@code
 * area_status.csv} saying for every area whether it was projected and, if not, why. An area that
 * cannot be projected does not stop the others. Charts only when a chart directory is given, one
 * sub-directory per area.
 */
public final class BatchRun {
  private BatchRun() {}

  /** The status table's name. */
  public static final String STATUS = "area_status.csv";

  /** What a batch produced: the directory, its files, how many areas ran and which failed. */
  public record Result(
      Path outDir, List<String> files, int projected, List<String[]> failed, String scenario) {}

  /** The outcome of one area: its tables (null when it failed) or the reason it failed. */
  private record One(
      InputData data, ResolvedScenario scenario, Map<String, String> tables, String reason) {}

  /**
   * Runs {@code scenarioFile} for every area of {@code group} (see {@link
   * LoadedScenario#readGroup}); null when {@code group} names a single area. Reasons are written in
   * {@code lang}.
   */
  public static Result run(
      Path scenarioFile,
      String group,
      Path outDir,
      boolean force,
      boolean excel,
      List<String> commandLine,
      String version,
      Simulation.ChartOptions charts,
      Lang lang)
      throws InputException, IOException {
    List<LoadedScenario> areas = LoadedScenario.readGroup(scenarioFile, group);
    if (areas == null) {
      return null;
    }
    One[] done = new One[areas.size()];
    IntStream.range(0, areas.size()).parallel().forEach(i -> done[i] = one(areas.get(i), lang));
    LoadedScenario first = areas.get(0);
    String name = first.spec().name();
    Combined c = combine(done);
    Map<String, byte[]> files = new LinkedHashMap<>();
    c.tables().forEach((f, sb) -> files.put(f, OutputDir.encode(f, sb.toString(), excel)));
    files.put(STATUS, OutputDir.encode(STATUS, c.status().toString(), excel));
    List<String> names = new ArrayList<>(files.keySet());
    names.add(OutputDir.MANIFEST);
    Map<String, Object> settings = settings(group, c);
    List<String> dataFiles = new ArrayList<>(first.data().dataFiles());
    files.put(
        OutputDir.MANIFEST,
        OutputDir.utf8(
            Manifest.of(
                version,
                commandLine,
                name,
                first.spec().file(),
                first.spec().dataDir(),
                dataFiles,
                names,
                List.of(),
                List.of(),
                Simulation.ownInputs(first.spec()),
                List.of(),
                settings)));
    Path out =
        outDir != null
            ? outDir
            : Path.of("out", OutputDir.checkName(name + "-" + label(group, first)));
    Path chartDir = null;
    Map<String, byte[]> chartFiles = new LinkedHashMap<>();
    if (charts != null && charts.dir() != null) {
      chartDir = charts.dir();
      chartFiles = chartFiles(charts, done);
    }
    RunOutputs.writeWithCharts(
        out, files, chartDir, chartFiles, force, RunOutputs.inputs(List.of(first.spec())));
    return new Result(out, names, c.projected(), c.failed(), name);
  }

  /** The areas' tables combined, the status table, the areas failed and the number projected. */
  private record Combined(
      Map<String, StringBuilder> tables,
      StringBuilder status,
      List<String[]> failed,
      int projected) {}

  /** Combines the outcomes of all areas, in their order. */
  private static Combined combine(One[] done) {
    Map<String, StringBuilder> tables = new LinkedHashMap<>();
    StringBuilder status = new StringBuilder("area_code,prefecture,name,status,reason\n");
    List<String[]> failed = new ArrayList<>();
    int projected = 0;
    for (One o : done) {
      var a = o.data().area();
      status.append(a.code()).append(',').append(cell(a.prefecture())).append(',');
      status.append(cell(a.name())).append(',');
      if (o.tables() == null) {
        status.append("failed,").append(cell(o.reason())).append('\n');
        failed.add(new String[] {a.code(), a.prefecture() + a.name(), o.reason()});
        continue;
      }
      status.append("projected,\n");
      projected++;
      o.tables().forEach((file, text) -> append(tables, file, a.code(), text));
    }
    return new Combined(tables, status, failed, projected);
  }

  /** The manifest's settings: the group and how many areas were projected and failed. */
  private static Map<String, Object> settings(String group, Combined c) {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("areas", group);
    settings.put("areas_projected", c.projected());
    settings.put("areas_failed", c.failed().size());
    return settings;
  }

  /** The charts of every area projected, each in a sub-directory named by its code. */
  private static Map<String, byte[]> chartFiles(Simulation.ChartOptions charts, One[] done) {
    Map<String, byte[]> chartFiles = new LinkedHashMap<>();
    ChartWriter w =
        new ChartWriter(
            charts.lang(),
            charts.dpi(),
            charts.font() != null ? charts.font() : FontChoice.detect());
    for (One o : done) {
      if (o.scenario() != null) {
        Projection p = Projector.run(o.scenario().base(), o.scenario().rates());
        ChartSet set = ChartSet.of(o.scenario(), p, ChartReferences.of(o.data()));
        String code = o.data().area().code();
        w.render(set).forEach((f, bytes) -> chartFiles.put(code + "/" + f, bytes));
      }
    }
    return chartFiles;
  }

  private static One one(LoadedScenario loaded, Lang lang) {
    try {
      ResolvedScenario r = loaded.resolve();
      Projection p = Projector.run(r.base(), r.rates());
      return new One(loaded.data(), r, ProjectionTables.of(r, p), null);
    } catch (InputException e) {
      List<String> why = new ArrayList<>();
      for (Problem p : e.problems()) {
        why.add((p.field() == null ? "" : p.field() + ": ") + p.message(lang));
      }
      return new One(loaded.data(), null, null, String.join("; ", why));
    }
  }

  /** Adds one area's table to the combined one: {@code area_code} first on every line. */
  private static void append(
      Map<String, StringBuilder> tables, String file, String code, String text) {
    StringBuilder sb = tables.get(file);
    int eol = text.indexOf('\n');
    if (sb == null) {
      sb = new StringBuilder(text.length() * 4);
      sb.append("area_code,").append(text, 0, eol + 1);
      tables.put(file, sb);
    }
    int at = eol + 1;
    while (at < text.length()) {
      int next = text.indexOf('\n', at);
      int end = next < 0 ? text.length() : next + 1;
      sb.append(code).append(',').append(text, at, end);
      at = end;
    }
  }

  /** A CSV cell: quoted when it holds a comma, a quote or a line break. */
  private static String cell(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"").replace('\n', ' ') + '"';
  }

  /** The group as part of a directory name: {@code all}, or the prefecture's code. */
  private static String label(String group, LoadedScenario first) {
    String g = group.strip().toLowerCase(java.util.Locale.ROOT);
    return g.equals("all") ? g : first.data().area().code().substring(0, 2);
  }
}
