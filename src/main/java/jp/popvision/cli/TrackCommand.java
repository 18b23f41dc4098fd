package jp.popvision.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import jp.popvision.app.Track;
import jp.popvision.app.TrackRun;
import jp.popvision.io.InputException;
import jp.popvision.io.KpiBlock;
import jp.popvision.io.Lang;
import jp.popvision.io.Msg;
import jp.popvision.io.NumberText;
import jp.popvision.io.RegisterSeries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code popvision track}: the strategy's KPIs and the scenario's path against the register. */
@Command(name = "track", mixinStandardHelpOptions = true, versionProvider = Version.class)
public final class TrackCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin RunOptions run = new RunOptions();

  @Mixin AreaOption areaOption = new AreaOption();

  @Mixin LangOption langOption = new LangOption();

  @Option(
      names = {"-s", "--scenario"},
      paramLabel = "FILE",
      descriptionKey = "HELP_OPT_SCENARIO")
  Path scenario;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "DIR",
      descriptionKey = "HELP_TRACK_OUT")
  Path out;

  @Option(names = "--excel", descriptionKey = "HELP_OPT_EXCEL")
  boolean excel;

  @Mixin ChartOptionsMixin chartMixin;

  @Override
  public Integer call() throws Exception {
    PrintWriter o = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Lang lang = Main.lang(spec);
    Path file = scenario != null ? scenario : SimulateCommand.defaultScenario();
    TrackRun.Result r;
    try {
      r =
          TrackRun.run(
              new TrackRun.Options(
                  file,
                  areaOption.area,
                  out,
                  excel,
                  lang,
                  run.force,
                  RunOptions.commandLine(spec),
                  Version.get(),
                  chartMixin.toOptions(spec)));
    } catch (InputException e) {
      return Report.problems(err, lang, e);
    }
    Report.notes(err, lang, r.notes());
    if (!run.quiet) {
      print(o, lang, r);
      Report.kept(err, lang, r.kept());
      o.println(Msg.TRACK_WROTE.render(lang, r.outDir()));
    }
    return 0;
  }

  static void print(PrintWriter o, Lang lang, TrackRun.Result r) {
    List<Track.Row> rows = r.track().rows();
    head(o, lang, r, rows);
    table(o, lang, rows);
    Path shown = r.scenario().spec().file().getFileName();
    o.println(Msg.TRACK_KPI_HEAD.render(lang, shown));
    if (r.kpis() == null || r.kpis().targets().isEmpty()) {
      o.println(Msg.TRACK_KPI_NONE.template(lang));
      return;
    }
    for (Track.KpiResult k : r.track().kpis()) {
      kpi(o, lang, k);
    }
  }

  /** The periods tracked, the years missing, and where fiscal years give way to calendar ones. */
  private static void head(PrintWriter o, Lang lang, TrackRun.Result r, List<Track.Row> rows) {
    if (rows.isEmpty()) {
      o.println(Msg.TRACK_HEAD.render(lang, r.scenario().spec().title(), "-", "-", 0));
    } else {
      o.println(
          Msg.TRACK_HEAD.render(
              lang,
              r.scenario().spec().title(),
              label(rows.get(0).period()),
              label(rows.get(rows.size() - 1).period()),
              rows.size()));
    }
    if (!r.track().missing().isEmpty()) {
      o.println(Msg.TRACK_MISSING.render(lang, years(r.track().missing())));
    }
    RegisterSeries.Period lastFiscal = null;
    RegisterSeries.Period firstCalendar = null;
    for (Track.Row row : rows) {
      if (!row.period().calendarYear()) {
        lastFiscal = row.period();
      } else if (firstCalendar == null) {
        firstCalendar = row.period();
      }
    }
    if (lastFiscal != null && firstCalendar != null) {
      o.println(Msg.TRACK_FISCAL.render(lang, lastFiscal.label(), firstCalendar.year()));
    }
  }

  /** The register against the scenario, period by period, and how the TFR was implied. */
  private static void table(PrintWriter o, Lang lang, List<Track.Row> rows) {
    o.println(Msg.TRACK_TABLE_HEAD.template(lang));
    boolean anyTfr = false;
    for (Track.Row row : rows) {
      RegisterSeries.Period p = row.period();
      anyTfr |= Double.isFinite(row.impliedTfr());
      o.println(
          "  "
              + NumberText.pad(label(p), 6, false)
              + NumberText.pad(NumberText.persons(p.population(), lang), 12, true)
              + NumberText.pad(NumberText.persons(p.births(), lang), 8, true)
              + NumberText.pad(NumberText.persons(p.deaths(), lang), 8, true)
              + NumberText.pad(NumberText.signed(p.social(), lang), 8, true)
              + NumberText.pad(signed(row.social5y(), lang), 8, true)
              + NumberText.pad(fixed(row.impliedTfr(), lang), 6, true)
              + "  | "
              + NumberText.pad(persons(row.scenarioPopulation(), lang), 19, true)
              + NumberText.pad(signed(row.scenarioSocial(), lang), 11, true)
              + NumberText.pad(fixed(row.scenarioTfr(), lang), 6, true));
    }
    if (anyTfr) {
      o.println(Msg.TRACK_TFR_HOW.template(lang));
      for (Track.Row row : rows) {
        if (Double.isFinite(row.impliedTfr()) && !row.womenDates().contains("/")) {
          o.println(Msg.TRACK_TFR_ONE_DATE.render(lang, label(row.period()), row.womenDates()));
        }
      }
    } else if (!rows.isEmpty()) {
      o.println(Msg.TRACK_TFR_NONE.template(lang));
    }
  }

  static void kpi(PrintWriter o, Lang lang, Track.KpiResult k) {
    KpiBlock.Target t = k.target();
    boolean tfr = t.kind() == KpiBlock.Kind.TFR;
    Msg status =
        switch (k.status()) {
          case MET -> Msg.TRACK_STATUS_MET;
          case NOT_MET -> Msg.TRACK_STATUS_NOT_MET;
          case OPEN -> Msg.TRACK_STATUS_OPEN;
          case NO_DATA -> Msg.TRACK_STATUS_NO_DATA;
        };
    String target =
        tfr ? NumberText.fixed(t.target(), 2, lang) : NumberText.signed(t.target(), lang);
    o.println(
        (tfr ? Msg.TRACK_KPI_TFR : Msg.TRACK_KPI_SOCIAL)
            .render(lang, t.from(), t.to(), target, status));
    if (k.status() == Track.Status.NO_DATA) {
      return;
    }
    if (tfr) {
      actualTfr(o, lang, k);
    } else {
      actualSocial(o, lang, k);
    }
  }

  /** A TFR target's average so far, the TFR needed in the years left and the scenario's. */
  private static void actualTfr(PrintWriter o, Lang lang, Track.KpiResult k) {
    KpiBlock.Target t = k.target();
    String used = years(k.used());
    o.println(
        Msg.TRACK_ACTUAL_TFR.render(
            lang,
            NumberText.fixed(k.actual(), 2, lang),
            used,
            k.used().size(),
            t.years(),
            NumberText.fixed(k.margin(), 2, lang).replaceFirst("^(?![−-])", "+")));
    if (!k.missing().isEmpty()) {
      o.println(
          Msg.TRACK_TFR_NEEDED.render(
              lang, years(k.missing()), NumberText.fixed(k.needed(), 2, lang)));
    }
    if (Double.isFinite(k.scenario())) {
      o.println(Msg.TRACK_SCENARIO_TFR.render(lang, NumberText.fixed(k.scenario(), 2, lang)));
    }
  }

  /** A social-change target's sum so far, what the years left need, and the scenario's. */
  private static void actualSocial(PrintWriter o, Lang lang, Track.KpiResult k) {
    KpiBlock.Target t = k.target();
    String used = years(k.used());
    if (k.missing().isEmpty()) {
      o.println(
          Msg.TRACK_ACTUAL_SUM.render(
              lang,
              NumberText.signed(k.actual(), lang),
              used,
              k.used().size(),
              t.years(),
              NumberText.signed(k.margin(), lang)));
    } else {
      o.println(
          Msg.TRACK_ACTUAL_PART.render(
              lang,
              NumberText.signed(k.actual(), lang),
              used,
              k.used().size(),
              t.years(),
              years(k.missing()),
              NumberText.signed(k.needed(), lang)));
      if (Double.isFinite(k.gapChange())) {
        o.println(
            Msg.TRACK_GAP.render(
                lang,
                NumberText.signed(k.gapChange(), lang),
                years(k.missing()),
                NumberText.signed(k.gapChange() - k.needed(), lang)));
      }
    }
    if (Double.isFinite(k.scenario())) {
      o.println(Msg.TRACK_SCENARIO_SOCIAL.render(lang, NumberText.signed(k.scenario(), lang)));
    }
  }

  private static String label(RegisterSeries.Period p) {
    return p.calendarYear() ? String.valueOf(p.year()) : p.label();
  }

  private static String years(List<Integer> ys) {
    return String.join(", ", ys.stream().map(String::valueOf).toList());
  }

  private static String signed(double v, Lang lang) {
    return Double.isFinite(v) ? NumberText.signed(v, lang) : "-";
  }

  private static String persons(double v, Lang lang) {
    return Double.isFinite(v) ? NumberText.persons(v, lang) : "-";
  }

  private static String fixed(double v, Lang lang) {
    return Double.isFinite(v) ? NumberText.fixed(v, 2, lang) : "-";
  }
}
