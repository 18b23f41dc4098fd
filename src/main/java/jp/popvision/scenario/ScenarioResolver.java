package jp.popvision.scenario;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import jp.popvision.engine.CohortComponentStep;
import jp.popvision.engine.Estimates;
import jp.popvision.engine.Fertility;
import jp.popvision.engine.LifeTables;
import jp.popvision.engine.Migration;
import jp.popvision.engine.PeriodRates;
import jp.popvision.engine.Survival;
import jp.popvision.model.AgeGroups;
import jp.popvision.model.AgeVector;
import jp.popvision.model.MigrationTiming;
import jp.popvision.model.Population;
import jp.popvision.model.Sex;

/** Turns a {@link ScenarioSpec} and {@link InputData} into rates per step. Pure. */
public final class ScenarioResolver {
  /** Mothers' ages covered by fertility patterns: 15–19 … 45–49. */
  public static final int FERTILE_FROM = 15;

  public static final int FERTILE_GROUPS = 7;

  /**
   * A residual migration profile whose net total is smaller than this share of its gross (sum of
   * absolute values) cannot carry a net total: the shares would explode.
   */
  static final double MIN_PROFILE_NET_SHARE = 0.05;

  private final ScenarioSpec spec;
  private final InputData data;
  private final AgeGroups groups;
  private final Set<Note> notes = new LinkedHashSet<>();
  private Population basePop;

  private ScenarioResolver(ScenarioSpec spec, InputData data, AgeGroups groups) {
    this.spec = spec;
    this.data = data;
    this.groups = groups;
  }

  public static ResolvedScenario resolve(ScenarioSpec spec, InputData data) {
    Population base = basePopulation(data, spec.base());
    AreaInputs filled = AreaInputs.apply(spec, data); // basis: register and TFR knots `area`
    ScenarioResolver r = new ScenarioResolver(filled.spec(), data, base.groups());
    r.notes.addAll(filled.notes());
    return r.run(base);
  }

  /**
   * The life tables, fertility patterns and migration profile that {@link #resolve} uses for each
   * period of the scenario, for fast paths that rescale levers without resolving again.
   */
  public static LeverInputs leverInputs(ScenarioSpec given, InputData data) {
    Population base = basePopulation(data, given.base());
    ScenarioSpec spec = AreaInputs.apply(given, data).spec(); // basis: register, TFR `area`
    ScenarioResolver r = new ScenarioResolver(spec, data, base.groups());
    List<LifeTable> tables = new ArrayList<>();
    List<AgeVector> patterns = new ArrayList<>();
    for (int t = base.year(); t < spec.horizon(); t += r.groups.width()) {
      tables.add(r.lifeTable(t));
      if (spec.fertility() instanceof FertilitySpec.Tfr f) {
        patterns.add(r.fertilityPattern(f.agePattern(), t));
      }
    }
    AgeVector[] profile = {null, null};
    if (spec.migration() instanceof MigrationSpec.NetCounts c) {
      profile = r.residualProfile(c.profileYear());
    }
    return new LeverInputs(tables, patterns, profile[0], profile[1]);
  }

  private ResolvedScenario run(Population base) {
    int width = groups.width();
    if ((spec.horizon() - base.year()) % width != 0 || spec.horizon() <= base.year()) {
      throw new ResolveException(
          "horizon", ResolveException.Reason.HORIZON, spec.horizon(), base.year(), width);
    }
    KnotRules.check(spec, base.year(), width);
    basePop = base;
    MigrationPlan plan = migrationPlan();
    List<PeriodRates> rates = new ArrayList<>();
    List<PeriodAssumption> assumptions = new ArrayList<>();
    for (int t = base.year(); t < spec.horizon(); t += width) {
      LifeTable table = lifeTable(t);
      Survival male = LifeTables.survival(table.nLxMale().toArray(), table.l0(), groups);
      Survival female = LifeTables.survival(table.nLxFemale().toArray(), table.l0(), groups);
      Fertility fertility = fertility(t);
      Migration migration = plan.forPeriod(t);
      rates.add(new PeriodRates(t, male, female, fertility, migration, plan.timing(t)));
      Double tfr = null;
      Double srb = null;
      Double cwr = null;
      if (spec.fertility() instanceof FertilitySpec.Tfr f) {
        tfr =
            SharedHistory.applies(spec, t) // basis: shared history
                ? SharedHistory.tfr(data)
                : f.tfr().linearAt(t + width / 2.0);
        srb = ((Fertility.AgeSpecific) fertility).srb();
      } else {
        cwr = ((Fertility.ChildWomanRatio) fertility).ratio();
        FertilitySpec.ChildWomanRatio c = (FertilitySpec.ChildWomanRatio) spec.fertility();
        if (c.tfr() != null) {
          tfr =
              SharedHistory.applies(spec, t) // basis: shared history
                  ? c.tfr().knots().get(0).value()
                  : c.tfr().linearAt(t + width / 2.0);
        }
      }
      assumptions.add(
          new PeriodAssumption(
              t, t + width, tfr, cwr, srb, table.e0Male(), table.e0Female(), plan.assumedTotal(t)));
    }
    CalibrationResult calibration = null;
    if (spec.calibration() != null) {
      calibration =
          Calibrator.calibrate(
              spec.calibration(),
              observedFor(spec.calibration()),
              base,
              rates,
              assumptions,
              plan::lever);
      if (spec.calibration().sharedHistory()) { // basis: shared history
        notes.add(Note.of(Note.Kind.SHARED_HISTORY, base.year(), spec.calibration().year()));
      }
      boolean counts = calibration.lever().equals("net_migrants");
      boolean shift = calibration.lever().equals(Calibrator.SHIFT);
      notes.add(
          Note.of(
              counts
                  ? Note.Kind.CALIBRATED_COUNTS
                  : shift ? Note.Kind.CALIBRATED_SHIFT : Note.Kind.CALIBRATED_RATES,
              calibration.periodStart(),
              calibration.year(),
              persons(calibration.observed().total()),
              persons(calibration.netMigration()),
              counts
                  ? persons(calibration.assumed())
                  : String.format(
                      java.util.Locale.ROOT, shift ? "%+.4f" : "%.4f", calibration.solved())));
      if (spec.calibration().sharedHistory()) {
        notes.add(AgeBandFit.note(calibration));
      }
    }
    return new ResolvedScenario(
        spec, base, rates, assumptions, new ArrayList<>(notes), calibration);
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
    LifeTable table = lifeTable(t);
    PeriodRates first =
        new PeriodRates(
            t,
            LifeTables.survival(table.nLxMale().toArray(), table.l0(), groups),
            LifeTables.survival(table.nLxFemale().toArray(), table.l0(), groups),
            fertility(t),
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
          r.fromYear() + groups.width(),
          String.format(java.util.Locale.ROOT, "%,.0f", net));
    }
    notes.add(
        Note.of(
            Note.Kind.RATES_SCALED,
            r.fromYear(),
            r.fromYear() + groups.width(),
            persons(net),
            t,
            t + groups.width(),
            String.format(java.util.Locale.ROOT, "%.4f", k),
            persons(r.level())));
    return new Migration.NetRates(rates.male().scale(k), rates.female().scale(k));
  }

  /** The observed figures for a calibration: the scenario's own, else the data's. */
  private ObservedTotals observedFor(CalibrationSpec c) {
    ObservedTotals d = data.observed().get(c.year());
    if (c.total() == null && d == null) {
      throw new ResolveException("calibration.year", ResolveException.Reason.NO_OBSERVED, c.year());
    }
    if (c.total() != null) {
      boolean own = c.age0to14() != null || c.age15to64() != null || c.age65plus() != null;
      return new ObservedTotals(
          c.year(),
          c.total(),
          own ? c.age0to14() : null,
          own ? c.age15to64() : null,
          own ? c.age65plus() : null,
          "scenario file");
    }
    return d;
  }

  // ---- data lookups

  private static Population population(InputData data, Dataset d, int year, String key) {
    Population p = series(data, d, key).get(year);
    if (p == null) {
      throw new ResolveException(
          key,
          ResolveException.Reason.NO_POPULATION,
          "dataset " + d.key(),
          year,
          data.populations(d).keySet());
    }
    return p;
  }

  /**
   * The populations of dataset {@code d} for the scenario's area, never empty: without an area (a
   * {@code base.file} alone) or for an area the dataset does not cover, a problem at {@code key}
   * that names the area.
   */
  static NavigableMap<Integer, Population> series(InputData data, Dataset d, String key) {
    NavigableMap<Integer, Population> s = data.populations(d);
    if (!s.isEmpty()) {
      return s;
    }
    if (data.area() == null) {
      throw new ResolveException(key, ResolveException.Reason.NO_AREA, key);
    }
    String hint =
        d == Dataset.IPSS_H30 && data.area().code().startsWith("07") ? "fukushima" : "other";
    throw new ResolveException(
        key, ResolveException.Reason.AREA_NO_DATASET, data.area().label(), d.key(), hint);
  }

  /**
   * A rate or ratio derived from the area's populations; an age group without persons (a very small
   * area) makes it undefined: a problem at {@code key} naming the area and year.
   */
  private <T> T derived(String key, int year, java.util.function.Supplier<T> work) {
    try {
      return work.get();
    } catch (IllegalArgumentException e) {
      throw new ResolveException(
          key,
          ResolveException.Reason.EMPTY_GROUP,
          data.area() == null ? spec.base().describe() : data.area().label(),
          year,
          year + groups.width());
    }
  }

  /** The base population: from the shipped dataset or from the scenario's own file. */
  static Population basePopulation(InputData data, BaseSpec base) {
    if (base.file() == null) {
      return population(data, base.dataset(), base.year(), "base.year");
    }
    NavigableMap<Integer, Population> file = data.baseFiles().get(base.file().path());
    if (file == null) {
      throw new IllegalStateException(
          "base file " + base.file().path() + " was not read into the input data");
    }
    Population p = file.get(base.year());
    if (p == null) {
      throw new ResolveException(
          "base.year",
          ResolveException.Reason.NO_POPULATION,
          base.file().shown(),
          base.year(),
          file.keySet());
    }
    return p;
  }

  private LifeTable lifeTable(int t) {
    return held(data.lifeTables(), t, "WPP 2024 life tables", "mortality.life_table");
  }

  /** The entry for {@code t}, or the last one before it (with a note); none before → error. */
  /** A number of persons as the notes show it: whole persons with a thousands separator. */
  private static String persons(double v) {
    return String.format(java.util.Locale.ROOT, "%,.0f", v);
  }

  private <T> T held(NavigableMap<Integer, T> table, int t, String what, String key) {
    Map.Entry<Integer, T> e = table.floorEntry(t);
    if (e == null) {
      throw new ResolveException(
          key,
          ResolveException.Reason.TABLE_STARTS_LATER,
          "WPP 2024 (" + key + ")",
          table.firstKey(),
          t);
    }
    if (e.getKey() != t) {
      notes.add(
          Note.of(Note.Kind.TABLE_HELD, key, table.lastKey(), table.lastKey() + groups.width()));
    }
    return e.getValue();
  }

  // ---- fertility

  private Fertility fertility(int t) {
    if (spec.fertility() instanceof FertilitySpec.Tfr f) {
      double tfr =
          SharedHistory.applies(spec, t) // basis: shared history
              ? SharedHistory.tfr(data)
              : f.tfr().linearAt(t + groups.width() / 2.0);
      AgeVector pattern = fertilityPattern(f.agePattern(), t);
      double[] rate = new double[groups.count()];
      int first = groups.indexOf(FERTILE_FROM);
      for (int k = 0; k < FERTILE_GROUPS; k++) {
        rate[first + k] = tfr * pattern.get(k) / groups.width();
      }
      double srb =
          f.sexRatioAtBirth() != null
              ? f.sexRatioAtBirth()
              : held(
                  data.wppSrb(), t, "WPP 2024 sex ratios at birth", "fertility.sex_ratio_at_birth");
      return new Fertility.AgeSpecific(AgeVector.of(rate), srb);
    }
    FertilitySpec.ChildWomanRatio c = (FertilitySpec.ChildWomanRatio) spec.fertility();
    NavigableMap<Integer, Population> source = series(data, c.source(), "fertility.source");
    int end = t + groups.width();
    Population atEnd = source.get(end);
    if (atEnd == null || !source.containsKey(t)) {
      Map.Entry<Integer, Population> last = source.lastEntry();
      if (t < source.firstKey()) {
        throw new ResolveException(
            "fertility.source",
            ResolveException.Reason.SOURCE_STARTS_LATER,
            c.source().key(),
            source.firstKey(),
            t);
      }
      notes.add(Note.of(Note.Kind.CWR_HELD, c.source().key(), last.getKey()));
      atEnd = last.getValue();
    }
    Fertility.ChildWomanRatio ratio = Estimates.childWomanRatio(atEnd);
    if (c.tfr() == null || SharedHistory.applies(spec, t)) { // basis: shared history
      return ratio;
    }
    double scale = c.tfr().linearAt(t + groups.width() / 2.0) / c.tfr().knots().get(0).value();
    return new Fertility.ChildWomanRatio(
        ratio.ratio() * scale, ratio.sexRatio(), ratio.motherFrom(), ratio.motherTo());
  }

  private AgeVector fertilityPattern(String name, int t) {
    if (name.equals("wpp2024")) {
      return held(
          data.wppFertilityPattern(), t, "WPP 2024 fertility patterns", "fertility.age_pattern");
    }
    int year = Integer.parseInt(name.substring("mhlw-".length()));
    AgeVector p = data.mhlwFertilityPattern().get(year);
    if (p == null) {
      throw new ResolveException(
          "fertility.age_pattern",
          ResolveException.Reason.NO_MHLW_PATTERN,
          year,
          "mhlw-"
              + String.join(
                  ", mhlw-",
                  data.mhlwFertilityPattern().keySet().stream()
                      .sorted()
                      .map(String::valueOf)
                      .toList()));
    }
    return p;
  }

  /** Rates for the census period starting {@code t} without migration, for residual estimates. */
  private PeriodRates closedRates(int t) {
    LifeTable table = lifeTable(t);
    Fertility fert;
    if (spec.fertility() instanceof FertilitySpec.Tfr) {
      fert = fertility(t);
    } else {
      fert =
          Estimates.childWomanRatio(
              population(data, Dataset.CENSUS, t + groups.width(), "migration"));
    }
    return new PeriodRates(
        t,
        LifeTables.survival(table.nLxMale().toArray(), table.l0(), groups),
        LifeTables.survival(table.nLxFemale().toArray(), table.l0(), groups),
        fert,
        new Migration.None(),
        MigrationTiming.END);
  }

  // ---- migration

  /** Migration of each period. */
  private interface MigrationPlan {
    Migration forPeriod(int t);

    default MigrationTiming timing(int t) {
      return MigrationTiming.END;
    }

    default Double assumedTotal(int t) {
      return null;
    }

    /** The level that calibration may solve for in period t, or null if the method has none. */
    default Calibrator.Lever lever(int t) {
      return null;
    }
  }

  private MigrationPlan migrationPlan() {
    return plan(spec.migration());
  }

  private MigrationPlan plan(MigrationSpec m) {
    if (m instanceof MigrationSpec.Zero) {
      return t -> new Migration.None();
    }
    if (m instanceof MigrationSpec.Switch sw) {
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
    if (m instanceof MigrationSpec.NetCounts c) {
      AgeVector[] profile = residualProfile(c.profileYear());
      if (spec.fertility() instanceof FertilitySpec.ChildWomanRatio) {
        notes.add(Note.of(Note.Kind.CWR_MIGRATION_0_4));
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
    if (m instanceof MigrationSpec.NetRates r) {
      Population start = population(data, Dataset.CENSUS, r.fromYear(), "migration.from_year");
      Population end =
          population(data, Dataset.CENSUS, r.fromYear() + groups.width(), "migration.from_year");
      Migration.NetRates rates =
          scaledRates(
              r,
              derived(
                  "migration.from_year",
                  r.fromYear(),
                  () -> Estimates.residualRates(start, end, closedRates(r.fromYear()))));
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
    MigrationSpec.CohortChange cc = (MigrationSpec.CohortChange) m;
    NavigableMap<Integer, Population> source = series(data, cc.source(), "migration.source");
    if (cc.fromYear() != null) {
      Population start = population(data, cc.source(), cc.fromYear(), "migration.from_year");
      Population end =
          population(data, cc.source(), cc.fromYear() + groups.width(), "migration.from_year");
      Migration.CohortChangeRatios ratios =
          derived(
              "migration.from_year", cc.fromYear(), () -> Estimates.cohortChangeRatios(start, end));
      return t -> ratios;
    }
    return t -> {
      Integer from = source.containsKey(t + groups.width()) ? Integer.valueOf(t) : null;
      if (from == null) {
        from = source.lowerKey(source.lastKey());
        if (from == null || t < source.firstKey()) {
          throw new ResolveException(
              "migration.source", ResolveException.Reason.NO_TWO_YEARS, cc.source().key(), t);
        }
        notes.add(Note.of(Note.Kind.COHORT_HELD, cc.source().key(), from, source.lastKey()));
      }
      Population a = source.get(from);
      Population b = source.get(from + groups.width());
      return derived("migration.source", from, () -> Estimates.cohortChangeRatios(a, b));
    };
  }

  /**
   * The age-sex shares of the census residual net migration between {@code year} and year + 5 (each
   * sex's vector divided by the net total of both sexes).
   */
  private AgeVector[] residualProfile(int year) {
    Population start = population(data, Dataset.CENSUS, year, "migration.profile_year");
    Population end =
        population(data, Dataset.CENSUS, year + groups.width(), "migration.profile_year");
    Migration.NetMigrants residual = Estimates.residualMigration(start, end, closedRates(year));
    double net = residual.male().sum() + residual.female().sum();
    double gross = 0;
    for (Sex s : Sex.values()) {
      for (int i = 0; i < groups.count(); i++) {
        gross += Math.abs(residual.get(s).get(i));
      }
    }
    if (Math.abs(net) < MIN_PROFILE_NET_SHARE * gross) {
      throw new ResolveException(
          "migration.profile_year",
          ResolveException.Reason.PROFILE_NEAR_ZERO,
          year,
          year + groups.width(),
          String.format(java.util.Locale.ROOT, "%.0f", net),
          String.format(java.util.Locale.ROOT, "%.0f", gross));
    }
    return new AgeVector[] {residual.male().scale(1 / net), residual.female().scale(1 / net)};
  }
}
