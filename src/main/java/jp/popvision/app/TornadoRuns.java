package jp.popvision.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jp.popvision.engine.Projection;
import jp.popvision.engine.Projector;
import jp.popvision.model.Population;
import jp.popvision.results.Indicators;
import jp.popvision.results.SensitivityGrid;
import jp.popvision.results.TornadoBar;
import jp.popvision.scenario.InputData;
import jp.popvision.scenario.LeverInputs;
import jp.popvision.scenario.Levers;
import jp.popvision.scenario.Levers.Adjustment;
import jp.popvision.scenario.MigrationLever;
import jp.popvision.scenario.ResolvedScenario;
import jp.popvision.scenario.ScenarioResolver;
import jp.popvision.scenario.ScenarioSpec;
import jp.popvision.scenario.SensitivitySpec;
import jp.popvision.scenario.TfrLever;

/** The one-way (tornado) variations of a sensitivity run, on the reference pipeline. */
public final class TornadoRuns {
  private TornadoRuns() {}

  private record Variant(
      String lever, double change, double low, double high, Adjustment lo, Adjustment hi) {}

  /**
   * One-way variations around the scenario, each lever low and high with the others at the
   * scenario's values, recorded for {@link SensitivityGrid#INDICATORS} in each year; bars sorted
   * within each year and indicator by swing, largest first (ties in {@link Sensitivity#LEVERS}
   * order). Computed with the reference pipeline ({@link Levers#apply} → {@link Projector}).
   */
  public static List<TornadoBar> tornado(
      ScenarioSpec spec, InputData data, ResolvedScenario own, SensitivitySpec s) {
    List<Variant> variants = variants(spec, s);
    Projection base = Projector.run(own.base(), own.rates());
    LeverInputs inputs = ScenarioResolver.leverInputs(spec, data);
    List<TornadoBar> bars = new ArrayList<>();
    List<Projection[]> runs = runs(own, inputs, variants);
    for (int year : s.years()) {
      for (int k = 0; k < SensitivityGrid.INDICATORS.size(); k++) {
        List<TornadoBar> group = group(year, k, variants, runs, base);
        // stable sort: equal swings keep the variant order
        group.sort(Comparator.comparingDouble(TornadoBar::swing).reversed());
        for (int i = 0; i < group.size(); i++) {
          bars.add(group.get(i).withRank(i + 1));
        }
      }
    }
    return List.copyOf(bars);
  }

  /** Each lever's variants: TFR and migration steps, e0 steps, the two SRB values. */
  private static List<Variant> variants(ScenarioSpec spec, SensitivitySpec s) {
    List<Variant> variants = new ArrayList<>();
    double tfr = TfrLever.tfrLevel(spec);
    for (double d : s.tfrSteps()) {
      variants.add(
          new Variant(
              "tfr", d, tfr - d, tfr + d, Adjustment.tfr(tfr - d), Adjustment.tfr(tfr + d)));
    }
    double mig = MigrationLever.migrationLevel(spec);
    for (double d : s.migrationSteps()) {
      variants.add(
          new Variant(
              "migration",
              d,
              mig - d,
              mig + d,
              Adjustment.migration(mig - d),
              Adjustment.migration(mig + d)));
    }
    for (double d : s.e0Steps()) {
      variants.add(new Variant("e0", d, -d, d, Adjustment.e0(-d), Adjustment.e0(d)));
    }
    double lo = s.srbValues().get(0);
    double hi = s.srbValues().get(1);
    variants.add(
        new Variant(
            "srb",
            Double.NaN,
            lo,
            hi,
            Adjustment.sexRatioAtBirth(lo),
            Adjustment.sexRatioAtBirth(hi)));
    return variants;
  }

  /** The low and high projection of every variant. */
  private static List<Projection[]> runs(
      ResolvedScenario own, LeverInputs inputs, List<Variant> variants) {
    List<Projection[]> runs = new ArrayList<>();
    for (Variant v : variants) {
      ResolvedScenario a = Levers.apply(own, inputs, v.lo());
      ResolvedScenario b = Levers.apply(own, inputs, v.hi());
      runs.add(
          new Projection[] {
            Projector.run(a.base(), a.rates()), Projector.run(b.base(), b.rates())
          });
    }
    return runs;
  }

  /** The bars of one year and indicator, unranked, in variant order. */
  private static List<TornadoBar> group(
      int year, int k, List<Variant> variants, List<Projection[]> runs, Projection base) {
    List<TornadoBar> group = new ArrayList<>();
    for (int vi = 0; vi < variants.size(); vi++) {
      Variant v = variants.get(vi);
      Projection[] r = runs.get(vi);
      group.add(
          new TornadoBar(
              year,
              SensitivityGrid.INDICATORS.get(k),
              v.lever(),
              v.change(),
              v.low(),
              v.high(),
              indicator(r[0].at(year), k),
              indicator(r[1].at(year), k),
              indicator(base.at(year), k),
              0));
    }
    return group;
  }

  static double indicator(Population p, int k) {
    Indicators x = Indicators.of(p);
    return switch (SensitivityGrid.INDICATORS.get(k)) {
      case "total" -> x.total();
      case "age_0_14" -> x.age0to14();
      default -> x.age65plus();
    };
  }
}
