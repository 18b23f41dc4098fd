package jp.popvision.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jp.popvision.engine.Estimates;
import jp.popvision.engine.Migration;
import jp.popvision.engine.PeriodRates;
import jp.popvision.engine.Projection;
import jp.popvision.engine.Projector;
import jp.popvision.model.AgeVector;
import jp.popvision.model.MigrationTiming;
import jp.popvision.model.Population;
import jp.popvision.scenario.BaseSpec;
import jp.popvision.scenario.Dataset;
import jp.popvision.scenario.FertilitySpec;
import jp.popvision.scenario.InputData;
import jp.popvision.scenario.Knot;
import jp.popvision.scenario.KnotPath;
import jp.popvision.scenario.MigrationSpec;
import jp.popvision.scenario.MortalitySpec;
import jp.popvision.scenario.ResolvedScenario;
import jp.popvision.scenario.ScenarioResolver;
import jp.popvision.scenario.ScenarioSpec;

/**
 * The estimates behind the methods of {@link AreaBacktest}: census-survival residual net migrants
 * and rates of a period (Siegel &amp; Swanson 2004), their averages and blends, the {@code default}
 * TFR, the census-based survival and fertility of each period, and the projection of a base census
 * with one migration held through every period.
 */
final class AreaMethods {
  private AreaMethods() {}

  /**
   * The TFR of the {@code default} configuration at {@code baseYear}: the published Bayesian TFR
   * 2008–2012 (as the shipped scenarios use) from base 2015 on, when the area has one; otherwise
   * (not yet published at that date) the TFR implied by the base census: its 0–4 divided by the 0–4
   * the previous census projects with TFR 1 and no migration (WPP age pattern and survival).
   */
  static double defaultTfr(InputData known, int baseYear) {
    if (baseYear >= 2015 && known.tfrBayes() != null) {
      return known.tfrBayes();
    }
    int from = baseYear - 5;
    ResolvedScenario r = resolve(known, from, 1, tfrFertility(from, 1.0));
    Population closed =
        Projector.run(r.base(), List.of(r.rates().get(0).withMigration(new Migration.None())))
            .populations()
            .get(1);
    Population end = known.census().get(baseYear);
    return (end.male().get(0) + end.female().get(0))
        / (closed.male().get(0) + closed.female().get(0));
  }

  /** Residual net migrants and rates of the period {@code from} → from + 5. */
  record Residual(Migration.NetMigrants migrants, Migration.NetRates rates) {}

  static Residual residual(InputData known, int from) {
    ResolvedScenario r = resolve(known, from, 1, cwrFertility());
    Population start = known.census().get(from);
    Population end = known.census().get(from + 5);
    PeriodRates rates = r.rates().get(0).withFertility(Estimates.childWomanRatio(end));
    Migration.NetMigrants m = Estimates.residualMigration(start, end, rates);
    return new Residual(
        m, new Migration.NetRates(rates(m.male(), end.male()), rates(m.female(), end.female())));
  }

  /**
   * Residual rates per survivor, migrants / (end − migrants) as {@link Estimates#residualRates}; a
   * group with no survivors (tiny islands) gets rate 0 instead of failing.
   */
  private static AgeVector rates(AgeVector migrants, AgeVector end) {
    double[] r = new double[end.size()];
    for (int i = 0; i < r.length; i++) {
      double closed = end.get(i) - migrants.get(i);
      r[i] = closed > 0 ? migrants.get(i) / closed : 0;
    }
    return AgeVector.of(r);
  }

  static Migration.NetRates averageRates(InputData known, int baseYear, int periods) {
    AgeVector m = null;
    AgeVector f = null;
    for (int k = 1; k <= periods; k++) {
      Migration.NetRates r = residual(known, baseYear - 5 * k).rates();
      m = m == null ? r.male() : m.plus(r.male());
      f = f == null ? r.female() : f.plus(r.female());
    }
    return new Migration.NetRates(m.scale(1.0 / periods), f.scale(1.0 / periods));
  }

  static Migration.NetMigrants scaled(Migration.NetMigrants profile, double total) {
    double sum = profile.male().sum() + profile.female().sum();
    return new Migration.NetMigrants(
        profile.male().scale(total / sum), profile.female().scale(total / sum));
  }

  /** The mean of the methods {@code parts} in every period. */
  static Population[] average(Population base, int baseYear, int steps, List<Population[]> parts) {
    Population[] avg = new Population[steps];
    for (int i = 0; i < steps; i++) {
      AgeVector m = null;
      AgeVector f = null;
      for (Population[] p : parts) {
        Population q = p[i];
        m = m == null ? q.male() : m.plus(q.male());
        f = f == null ? q.female() : f.plus(q.female());
      }
      avg[i] =
          new Population(
              base.groups(),
              baseYear + 5 * (i + 1),
              m.scale(1.0 / parts.size()),
              f.scale(1.0 / parts.size()));
    }
    return avg;
  }

  /** The populations after each of {@code steps} periods with {@code r}'s rates and migration m. */
  static Population[] run(Population base, ResolvedScenario r, Migration m, int steps) {
    List<PeriodRates> rates = new ArrayList<>(steps);
    for (int i = 0; i < steps; i++) {
      PeriodRates p = r.rates().get(i);
      rates.add(
          new PeriodRates(
              p.startYear(),
              p.survivalMale(),
              p.survivalFemale(),
              p.fertility(),
              m,
              MigrationTiming.END));
    }
    Projection proj = Projector.run(base, rates);
    Population[] out = new Population[steps];
    for (int i = 0; i < steps; i++) {
      out[i] = proj.populations().get(i + 1);
    }
    return out;
  }

  static FertilitySpec cwrFertility() {
    return new FertilitySpec.ChildWomanRatio(Dataset.CENSUS, null);
  }

  static FertilitySpec tfrFertility(int year, double tfr) {
    return new FertilitySpec.Tfr(new KnotPath(List.of(new Knot(year, tfr))), "wpp2024", null);
  }

  /** The census of {@code baseYear} with survival and fertility for {@code steps} periods. */
  static ResolvedScenario resolve(
      InputData known, int baseYear, int steps, FertilitySpec fertility) {
    ScenarioSpec spec =
        new ScenarioSpec(
            "backtest",
            "",
            "",
            Path.of("backtest"),
            Path.of("."),
            new BaseSpec(Dataset.CENSUS, baseYear),
            baseYear + 5 * steps,
            fertility,
            new MortalitySpec("wpp2024"),
            new MigrationSpec.Zero(),
            null);
    return ScenarioResolver.resolve(spec, known);
  }
}
