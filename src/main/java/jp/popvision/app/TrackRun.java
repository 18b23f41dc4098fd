package jp.popvision.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.popvision.chart.ChartWriter;
import jp.popvision.chart.FontChoice;
import jp.popvision.chart.TrackChartData;
import jp.popvision.chart.YearValue;
import jp.popvision.engine.Projection;
import jp.popvision.engine.Projector;
import jp.popvision.io.AreaExtras;
import jp.popvision.io.ChartIndex;
import jp.popvision.io.CsvFormat;
import jp.popvision.io.InputException;
import jp.popvision.io.KpiBlock;
import jp.popvision.io.Lang;
import jp.popvision.io.Manifest;
import jp.popvision.io.Msg;
import jp.popvision.io.OutputDir;
import jp.popvision.io.RegisterSeries;
import jp.popvision.io.Xlsx;
import jp.popvision.scenario.ResolvedScenario;

/**
 * The track pipeline ({@code popvision track}): the scenario through {@link LoadedScenario}, the
 * area's resident register ({@link RegisterSeries}), the comparison ({@link Track}), then {@code
 * track.csv}, {@code kpi.csv}, {@code target_actual.png} and the manifest through {@link
 * OutputDir}.
 */
public final class TrackRun {
  private TrackRun() {}

  /** Options of a track run; {@code charts} null: no chart. */
  public record Options(
      Path scenario,
      String area,
      Path out,
      boolean excel,
      Lang lang,
      boolean force,
      List<String> commandLine,
      String version,
      Simulation.ChartOptions charts) {}

  /** What a track run produced. */
  public record Result(
      ResolvedScenario scenario,
      Track.Result track,
      KpiBlock.Kpis kpis,
      RegisterSeries.Series register,
      Path outDir,
      Path chartDir,
      List<String> files,
      List<Msg.Text> notes,
      List<String> kept) {}

  public static Result run(Options o) throws InputException, IOException {
    LoadedScenario loaded = LoadedScenario.read(o.scenario(), o.area());
    var spec = loaded.spec();
    Path dir = registerDir(loaded, o);
    RegisterSeries.Series register = RegisterSeries.read(dir);
    KpiBlock.Kpis kpis = KpiBlock.read(spec.file());
    ResolvedScenario resolved = loaded.resolve();
    Projection projection = Projector.run(resolved.base(), resolved.rates());
    Track.Result track = Track.of(register, resolved, projection, kpis);
    List<Msg.Text> notes = new ArrayList<>();
    Msg.notes(resolved.notes()).forEach(notes::add);
    Map<String, byte[]> files = tables(track, kpis, o);
    Path target = o.out() != null ? o.out() : Path.of("out", loaded.outputName() + "-track");
    Map<String, byte[]> chartFiles = new LinkedHashMap<>();
    Path chartDir = null;
    if (o.charts() != null) {
      chartDir = Simulation.chartDir(o.charts().dir(), target, loaded.outputName());
      chartFiles = chartFiles(o, track, spec, notes);
    }
    List<String> names = new ArrayList<>(files.keySet());
    names.add(OutputDir.MANIFEST);
    List<String> dataFiles = new ArrayList<>(loaded.data().dataFiles());
    Map<String, Object> settings = settings(loaded, register, track);
    files.put(
        OutputDir.MANIFEST,
        OutputDir.utf8(
            Manifest.of(
                o.version(),
                o.commandLine(),
                spec.name(),
                spec.file(),
                spec.dataDir(),
                dataFiles,
                names,
                Msg.render(notes, Lang.EN),
                projection.limits(),
                Simulation.ownInputs(spec),
                List.of(),
                settings)));
    List<String> kept =
        RunOutputs.writeWithCharts(
            target, files, chartDir, chartFiles, o.force(), RunOutputs.inputs(List.of(spec)));
    return new Result(
        resolved, track, kpis, register, target, chartDir, names, notes, List.copyOf(kept));
  }

  /** The area's register directory, or an InputException when the area has none. */
  private static Path registerDir(LoadedScenario loaded, Options o) throws InputException {
    var spec = loaded.spec();
    var area = loaded.data().area();
    String code = area == null ? null : area.code();
    Path dir = code == null ? null : RegisterSeries.dir(spec.dataDir(), spec.areaData(), code);
    if (dir == null) {
      String shown = area == null ? "-" : area.prefecture() + area.name() + " (" + code + ")";
      throw new InputException(
          LoadedScenario.where(
              loaded.file(), o.area(), Msg.TRACK_NO_REGISTER, shown, AreaExtras.REGISTER));
    }
    return dir;
  }

  /** track.csv and kpi.csv (Excel-encoded with --excel, which also adds the workbook). */
  private static Map<String, byte[]> tables(Track.Result track, KpiBlock.Kpis kpis, Options o) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    Map<String, String> csvs = new LinkedHashMap<>();
    csvs.put("track.csv", trackCsv(track));
    csvs.put("kpi.csv", kpiCsv(track, kpis));
    csvs.forEach((n, t) -> files.put(n, OutputDir.encode(n, t, o.excel())));
    if (o.excel()) {
      files.put(Xlsx.FILE, Xlsx.workbook(List.of(), csvs, o.lang(), o.version()));
    }
    return files;
  }

  /** The chart and its index; a note is added when Japanese could not be drawn. */
  private static Map<String, byte[]> chartFiles(
      Options o,
      Track.Result track,
      jp.popvision.scenario.ScenarioSpec spec,
      List<Msg.Text> notes) {
    Map<String, byte[]> chartFiles = new LinkedHashMap<>();
    FontChoice font = o.charts().font() != null ? o.charts().font() : FontChoice.detect();
    ChartWriter writer = new ChartWriter(o.charts().lang(), o.charts().dpi(), font);
    chartFiles.put(TrackChartData.FILE, writer.track(chartData(track), spec.title()));
    chartFiles.put(
        ChartIndex.FILE,
        OutputDir.utf8(
            ChartIndex.of(
                o.version(),
                spec.name(),
                spec.title(),
                writer.lang().key(),
                writer.dpi(),
                ChartWriter.pixelWidth(writer.dpi()),
                ChartWriter.pixelHeight(writer.dpi()),
                List.of(TrackChartData.FILE))));
    if (writer.lang() != o.charts().lang()) {
      notes.add(Msg.NOTE_NO_JAPANESE_FONT.with());
    }
    return chartFiles;
  }

  /** The manifest's settings: the area's, the register files and the years missing from them. */
  private static Map<String, Object> settings(
      LoadedScenario loaded, RegisterSeries.Series register, Track.Result track) {
    Map<String, Object> settings = new LinkedHashMap<>(Simulation.areaSettings(loaded.data()));
    settings.put("register_files", register.files().stream().map(Path::toString).toList());
    settings.put("register_missing_years", track.missing());
    return settings;
  }

  static String trackCsv(Track.Result t) {
    StringBuilder sb =
        new StringBuilder(
            "year,period,coverage,population,births,deaths,natural_change,social_change,"
                + "social_change_5y,tfr_implied,women_dates,scenario_population,scenario_births,"
                + "scenario_deaths,scenario_social_change,scenario_tfr\n");
    for (Track.Row r : t.rows()) {
      RegisterSeries.Period p = r.period();
      sb.append(
          String.join(
              ",",
              String.valueOf(p.year()),
              p.label(),
              p.coverage(),
              CsvFormat.count(p.population()),
              CsvFormat.count(p.births()),
              CsvFormat.count(p.deaths()),
              CsvFormat.count(p.births() - p.deaths()),
              CsvFormat.count(p.social()),
              opt(r.social5y(), 0),
              opt(r.impliedTfr(), 4),
              r.womenDates(),
              opt(r.scenarioPopulation(), 2),
              opt(r.scenarioBirths(), 2),
              opt(r.scenarioDeaths(), 2),
              opt(r.scenarioSocial(), 2),
              opt(r.scenarioTfr(), 4)));
      sb.append('\n');
    }
    return sb.toString();
  }

  static String kpiCsv(Track.Result t, KpiBlock.Kpis kpis) {
    StringBuilder sb =
        new StringBuilder(
            "kpi,from_year,to_year,target,actual,margin,status,years_used,years_missing,needed,"
                + "gap_change,scenario_value,source\n");
    for (Track.KpiResult k : t.kpis()) {
      sb.append(
          String.join(
              ",",
              k.target().kind().key,
              String.valueOf(k.target().from()),
              String.valueOf(k.target().to()),
              CsvFormat.fixed(k.target().target(), k.target().kind() == KpiBlock.Kind.TFR ? 2 : 0),
              opt(k.actual(), 4),
              opt(k.margin(), 4),
              k.status().name().toLowerCase(java.util.Locale.ROOT),
              years(k.used()),
              years(k.missing()),
              opt(k.needed(), 4),
              opt(k.gapChange(), 0),
              opt(k.scenario(), 4),
              CsvFormat.text(kpis.source())));
      sb.append('\n');
    }
    return sb.toString();
  }

  private static String years(List<Integer> ys) {
    return String.join(" ", ys.stream().map(String::valueOf).toList());
  }

  private static String opt(double v, int decimals) {
    return Double.isFinite(v) ? CsvFormat.fixed(v, decimals) : "";
  }

  /** The chart's series: calendar years only (the axis is in years). */
  static TrackChartData chartData(Track.Result t) {
    List<YearValue> social = new ArrayList<>();
    List<YearValue> tfr = new ArrayList<>();
    List<YearValue> sSocial = new ArrayList<>();
    List<YearValue> sTfr = new ArrayList<>();
    for (Track.Row r : t.rows()) {
      int y = r.year();
      social.add(new YearValue(y, r.period().social()));
      if (Double.isFinite(r.impliedTfr())) {
        tfr.add(new YearValue(y, r.impliedTfr()));
      }
      if (Double.isFinite(r.scenarioSocial())) {
        sSocial.add(new YearValue(y, r.scenarioSocial()));
      }
      if (Double.isFinite(r.scenarioTfr())) {
        sTfr.add(new YearValue(y, r.scenarioTfr()));
      }
    }
    TrackChartData.Target socialTarget = null;
    TrackChartData.Target tfrTarget = null;
    for (Track.KpiResult k : t.kpis()) {
      var g =
          new TrackChartData.Target(
              k.target().from(), k.target().to(), k.target().target(), k.actual(), k.used().size());
      if (k.target().kind() == KpiBlock.Kind.TFR) {
        tfrTarget = tfrTarget == null ? g : tfrTarget;
      } else {
        socialTarget = socialTarget == null ? g : socialTarget;
      }
    }
    int first = t.rows().isEmpty() ? 2015 : t.rows().get(0).year();
    int last = t.rows().isEmpty() ? 2025 : t.rows().get(t.rows().size() - 1).year();
    for (Track.KpiResult k : t.kpis()) {
      first = Math.min(first, k.target().from());
      last = Math.max(last, k.target().to());
    }
    return new TrackChartData(
        social, sSocial, socialTarget, tfr, sTfr, tfrTarget, t.missing(), first, last);
  }
}
