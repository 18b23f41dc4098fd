package jp.popvision.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.popvision.chart.ImpactMatrixData;
import jp.popvision.chart.NetMigrationByAgeData;
import jp.popvision.chart.PyramidOverlayData;
import jp.popvision.chart.RegisterChangeData;
import jp.popvision.chart.ScenarioRun;
import jp.popvision.chart.StageChartData;
import jp.popvision.chart.StandardChartSet;
import jp.popvision.chart.TfrChartData;
import jp.popvision.chart.TotalPopulationData;
import jp.popvision.chart.YearValue;
import jp.popvision.io.AnalysisConfig;
import jp.popvision.io.DataDir;
import jp.popvision.io.InputException;
import jp.popvision.io.Lang;
import jp.popvision.io.Msg;
import jp.popvision.io.ReferenceSeries;
import jp.popvision.model.Population;
import jp.popvision.scenario.InputData;

/**
 * Gathers the data of the standard charts ({@link StandardChartSet}) for a comparison: what the
 * data of the area have is drawn, what they lack is named in {@code absent}.
 */
public final class StandardCharts {
  /** The scenarios the 目標 / 現状推移 / 社人研 charts use, by name. */
  public static final String TARGET = "target";

  public static final String BASELINE = "baseline";
  public static final String IPSS = "ipss-h30";

  /** Years of the compared pyramids. */
  public static final int[] PYRAMID_YEARS = {2045, 2070};

  /** The municipal TFR estimates, relative to the data directory. */
  public static final String TFR_BAYES = "asakura/tfr_bayes_2008_2012_fukuoka_municipalities.csv";

  private StandardCharts() {}

  /**
   * @param area the area's code and name (5-digit code, e.g. 40228 朝倉市)
   */
  public static StandardChartSet of(
      List<Comparison.Run> runs, AnalysisConfig config, String[] area, String subtitle, Lang lang)
      throws InputException {
    List<String> absent = new ArrayList<>();
    Comparison.Run target = find(runs, TARGET);
    Comparison.Run baseline = find(runs, BASELINE);
    Comparison.Run ipss = find(runs, IPSS);
    InputData data = runs.get(0).data();
    Path dir = runs.get(0).scenario().spec().dataDir();
    TotalPopulationData vision = null;
    List<PyramidOverlayData> pyramids = new ArrayList<>();
    if (target != null && baseline != null && ipss != null) {
      vision = vision(target, baseline, ipss, data, lang);
      for (int y : PYRAMID_YEARS) {
        if (target.projection().at(y) != null) {
          pyramids.add(pyramid(target, baseline, ipss, y, lang));
        }
      }
    } else {
      absent.add(
          "vision_total.png, pyramid_compare_*.png: need scenarios named target, baseline and ipss-h30");
    }
    RegisterChangeData register = null;
    Path reg = dir.resolve(DataDir.REGISTER);
    if (Files.exists(reg)) {
      register = RegisterChangeData.of(ReferenceSeries.register(reg));
    } else {
      absent.add(Msg.RP_ABSENT_REGISTER.render(lang, RegisterChangeData.FILE));
    }
    NetMigrationByAgeData net =
        NetMigrationByAgeData.of(
            data.census().firstEntry().getValue().groups(), CensusResidual.byPeriod(data));
    TfrChartData tfr = tfr(dir, area);
    ImpactMatrixData impact = impact(runs, config, absent, lang);
    StageChartData stages = null;
    if (target != null) {
      stages = StageChartData.of(run(target), config.stageBandPct());
    } else {
      absent.add(Msg.RP_ABSENT_NEEDS.render(lang, StageChartData.FILE, TARGET));
    }
    return new StandardChartSet(
        subtitle, vision, pyramids, register, net, tfr, impact, stages, absent);
  }

  private static TfrChartData tfr(Path dir, String[] area) throws InputException {
    Path bayes = dir.resolve(TFR_BAYES);
    Path national = dir.resolve(DataDir.MHLW_FERTILITY);
    return TfrChartData.of(
        area[0],
        area[1],
        Files.exists(bayes) ? ReferenceSeries.bayesTfr(bayes) : List.of(),
        Files.exists(national) ? ReferenceSeries.nationalTfr(national) : Map.of());
  }

  private static ImpactMatrixData impact(
      List<Comparison.Run> runs, AnalysisConfig c, List<String> absent, Lang lang) {
    Comparison.Run p1 = find(runs, c.pattern1());
    Comparison.Run s1 = find(runs, c.sim1());
    Comparison.Run s2 = find(runs, c.sim2());
    ImpactMatrixData d =
        p1 == null || s1 == null || s2 == null
            ? null
            : ImpactMatrixData.of(
                c.impactYear(),
                p1.projection(),
                s1.projection(),
                s2.projection(),
                c.naturalThresholds(),
                c.socialThresholds());
    if (d == null) {
      absent.add(
          Msg.RP_ABSENT_NEEDS.render(
              lang,
              ImpactMatrixData.FILE,
              c.pattern1() + ", " + c.sim1() + ", " + c.sim2() + " → " + c.impactYear()));
    }
    return d;
  }

  private static TotalPopulationData vision(
      Comparison.Run target,
      Comparison.Run baseline,
      Comparison.Run ipss,
      InputData data,
      Lang lang) {
    List<ScenarioRun> three =
        List.of(
            labelled(target, Msg.RP_LABEL_TARGET.template(lang)),
            labelled(baseline, Msg.RP_LABEL_BASELINE.template(lang)),
            labelled(ipss, Msg.RP_LABEL_IPSS.template(lang)));
    TotalPopulationData all =
        TotalPopulationData.of(three, jp.popvision.chart.ChartReferences.none());
    List<YearValue> census = new ArrayList<>();
    data.observed().forEach((y, o) -> census.add(new YearValue(y, o.total())));
    int last = target.projection().last().year();
    List<Integer> labels = new ArrayList<>();
    for (int y : new int[] {2040, last}) {
      if (target.projection().at(y) != null && !labels.contains(y)) {
        labels.add(y);
      }
    }
    return new TotalPopulationData(census, all.projections(), List.of(), List.of(), labels);
  }

  private static PyramidOverlayData pyramid(
      Comparison.Run target, Comparison.Run baseline, Comparison.Run ipss, int year, Lang lang) {
    Population base = target.projection().base();
    List<PyramidOverlayData.Named> others = new ArrayList<>();
    if (baseline.projection().at(year) != null) {
      others.add(
          new PyramidOverlayData.Named(
              Msg.RP_LABEL_BASELINE.template(lang), baseline.projection().at(year)));
    }
    if (ipss.projection().at(year) != null) {
      others.add(
          new PyramidOverlayData.Named(
              Msg.RP_LABEL_IPSS.template(lang), ipss.projection().at(year)));
    }
    return PyramidOverlayData.of(
        Msg.RP_LABEL_TARGET.template(lang),
        target.projection().at(year),
        new PyramidOverlayData.Named(Msg.RP_LABEL_BASE_YEAR.render(lang, base.year()), base),
        others);
  }

  /** The run titled "{label}: {title}", or its title alone when that starts with the label. */
  private static ScenarioRun labelled(Comparison.Run r, String label) {
    String title = r.scenario().spec().title();
    return new ScenarioRun(
        r.name(), title.startsWith(label) ? title : label + ": " + title, r.projection());
  }

  static ScenarioRun run(Comparison.Run r) {
    return new ScenarioRun(r.name(), r.scenario().spec().title(), r.projection());
  }

  static Comparison.Run find(List<Comparison.Run> runs, String name) {
    return runs.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
  }
}
