package jp.popvision.scenario;

import java.util.NavigableMap;
import jp.popvision.engine.CohortComponentStep;
import jp.popvision.engine.Estimates;
import jp.popvision.engine.Migration;
import jp.popvision.engine.PeriodRates;
import jp.popvision.model.AgeVector;
import jp.popvision.model.MigrationTiming;
import jp.popvision.model.Population;
import jp.popvision.model.Sex;

/**
 * The migration step of {@link ScenarioResolver}: a {@link MigrationPlan} for each kind of {@link
 * MigrationSpec} (zero, a switch between two, net counts with a census residual profile, census
 * residual net rates, cohort change ratios), with the lever that calibration may solve for. Pure.
 */
final class MigrationResolver {
  /**
   * A residual migration profile whose net total is smaller than this share of its gross (sum of
   * absolute values) cannot carry a net total: the shares would explode.
   */
  static final double MIN_PROFILE_NET_SHARE = 0.05;

  private final ResolveContext ctx;
  private final FertilityResolver fertility;
  private final Population basePop;

  MigrationResolver(ResolveContext ctx, FertilityResolver fertility, Population basePop) {
    this.ctx = ctx;
    this.fertility = fertility;
    this.basePop = basePop;
  }

  MigrationPlan plan(MigrationSpec m) {
    if (m instanceof MigrationSpec.Zero) {
      return t -> new Migration.None();
    }
    if (m instanceof MigrationSpec.Switch sw) {
      return switchPlan(sw);
    }
    if (m instanceof MigrationSpec.NetCounts c) {
      return countsPlan(c);
    }
    if (m instanceof MigrationSpec.NetRates r) {
      return ratesPlan(r);
    }
    return cohortChangePlan((MigrationSpec.CohortChange) m);
  }

  /** The first plan before the switch year, the other from it on. */
  private MigrationPlan switchPlan(MigrationSpec.Switch sw) {
    MigrationPlan first = plan(sw.first());
    MigrationPlan then = plan(sw.then());
    return new MigrationPlan() {
      MigrationPlan at(int t) {
        return t < sw.fromYear() ? first : then;
      }

      @Override
      public Migration forPeriod(int t) {
        return at(t).forPeriod(t);
      }

      @Override
      public MigrationTiming timing(int t) {
        return at(t).timing(t);
      }

      @Override
      public Double assumedTotal(int t) {
        return at(t).assumedTotal(t);
      }

      @Override
      public Calibrator.Lever lever(int t) {
        return at(t).lever(t);
      }
    };
  }

  /** Net counts per period spread by the census residual profile. */
  private MigrationPlan countsPlan(MigrationSpec.NetCounts c) {
    AgeVector[] profile = residualProfile(c.profileYear());
    if (ctx.spec.fertility() instanceof FertilitySpec.ChildWomanRatio) {
      ctx.notes.add(Note.of(Note.Kind.CWR_MIGRATION_0_4));
    }
    return new MigrationPlan() {
      @Override
      public Migration forPeriod(int t) {
        return counts(c.perPeriod().stepAt(t));
      }

      Migration counts(double total) {
        return new Migration.NetMigrants(profile[0].scale(total), profile[1].scale(total));
      }

      @Override
      public MigrationTiming timing(int t) {
        return c.timing();
      }

      @Override
      public Double assumedTotal(int t) {
        return c.perPeriod().stepAt(t);
      }

      @Override
      public Calibrator.Lever lever(int t) {
        return new Calibrator.Lever("net_migrants", c.perPeriod().stepAt(t), this::counts);
      }
    };
  }

  /** Census residual net rates of one period, scaled to a level if the scenario gives one. */
  private MigrationPlan ratesPlan(MigrationSpec.NetRates r) {
    Population start = ctx.population(Dataset.CENSUS, r.fromYear(), "migration.from_year");
    Population end =
        ctx.population(Dataset.CENSUS, r.fromYear() + ctx.groups.width(), "migration.from_year");
    Migration.NetRates rates =
        scaledRates(
            r,
            ctx.derived(
                "migration.from_year",
                r.fromYear(),
                () -> Estimates.residualRates(start, end, fertility.closedRates(r.fromYear()))));
    return new MigrationPlan() {
      @Override
      public Migration forPeriod(int t) {
        return rates;
      }

      @Override
      public Calibrator.Lever lever(int t) {
        return new Calibrator.Lever(
            "rate_multiplier",
            1.0,
            k -> new Migration.NetRates(rates.male().scale(k), rates.female().scale(k)));
      }
    };
  }

  /**
   * Cohort change ratios of one period, or of each period of the source series (held at the end).
   */
  private MigrationPlan cohortChangePlan(MigrationSpec.CohortChange cc) {
    NavigableMap<Integer, Population> source = ctx.series(cc.source(), "migration.source");
    if (cc.fromYear() != null) {
      Population start = ctx.population(cc.source(), cc.fromYear(), "migration.from_year");
      Population end =
          ctx.population(cc.source(), cc.fromYear() + ctx.groups.width(), "migration.from_year");
      Migration.CohortChangeRatios ratios =
          ctx.derived(
              "migration.from_year", cc.fromYear(), () -> Estimates.cohortChangeRatios(start, end));
      return t -> ratios;
    }
    return t -> {
      Integer from = source.containsKey(t + ctx.groups.width()) ? Integer.valueOf(t) : null;
      if (from == null) {
        from = source.lowerKey(source.lastKey());
        if (from == null || t < source.firstKey()) {
          throw new ResolveException(
              "migration.source", ResolveException.Reason.NO_TWO_YEARS, cc.source().key(), t);
        }
        ctx.notes.add(Note.of(Note.Kind.COHORT_HELD, cc.source().key(), from, source.lastKey()));
      }
      Population a = source.get(from);
      Population b = source.get(from + ctx.groups.width());
      return ctx.derived("migration.source", from, () -> Estimates.cohortChangeRatios(a, b));
    };
  }

  /**
   * The residual rates scaled so that in the base period (base year → +5, on the base population)
   * they give {@code r.level()} net migrants (see {@link MigrationSpec.NetRates}); unscaled without
   * a level. Net migrants of rates are linear in the scale (no rate is below −1, and with END
   * timing births do not depend on the migrants), so one projection of the base period suffices.
   */
  private Migration.NetRates scaledRates(MigrationSpec.NetRates r, Migration.NetRates rates) {
    if (r.level() == null) {
      return rates;
    }
    int t = basePop.year();
    LifeTable table = ctx.lifeTable(t);
    PeriodRates first =
        new PeriodRates(
            t,
            ctx.survivalMale(table),
            ctx.survivalFemale(table),
            fertility.fertility(t),
            rates,
            MigrationTiming.END);
    double net = CohortComponentStep.project(basePop, first).events().netMigration();
    double k = r.level() / net;
    if (!(k > 0) || Double.isInfinite(k)) {
      throw new ResolveException(
          "migration.level",
          ResolveException.Reason.RATES_LEVEL,
          String.format(java.util.Locale.ROOT, "%,.0f", r.level()),
          r.fromYear(),
          r.fromYear() + ctx.groups.width(),
          String.format(java.util.Locale.ROOT, "%,.0f", net));
    }
    ctx.notes.add(
        Note.of(
            Note.Kind.RATES_SCALED,
            r.fromYear(),
            r.fromYear() + ctx.groups.width(),
            ResolveContext.persons(net),
            t,
            t + ctx.groups.width(),
            String.format(java.util.Locale.ROOT, "%.4f", k),
            ResolveContext.persons(r.level())));
    return new Migration.NetRates(rates.male().scale(k), rates.female().scale(k));
  }

  /**
   * The age-sex shares of the census residual net migration between {@code year} and year + 5 (each
   * sex's vector divided by the net total of both sexes).
   */
  AgeVector[] residualProfile(int year) {
    Population start = ctx.population(Dataset.CENSUS, year, "migration.profile_year");
    Population end =
        ctx.population(Dataset.CENSUS, year + ctx.groups.width(), "migration.profile_year");
    Migration.NetMigrants residual =
        Estimates.residualMigration(start, end, fertility.closedRates(year));
    double net = residual.male().sum() + residual.female().sum();
    double gross = 0;
    for (Sex s : Sex.values()) {
      for (int i = 0; i < ctx.groups.count(); i++) {
        gross += Math.abs(residual.get(s).get(i));
      }
    }
    if (Math.abs(net) < MIN_PROFILE_NET_SHARE * gross) {
      throw new ResolveException(
          "migration.profile_year",
          ResolveException.Reason.PROFILE_NEAR_ZERO,
          year,
          year + ctx.groups.width(),
          String.format(java.util.Locale.ROOT, "%.0f", net),
          String.format(java.util.Locale.ROOT, "%.0f", gross));
    }
    return new AgeVector[] {residual.male().scale(1 / net), residual.female().scale(1 / net)};
  }
}
