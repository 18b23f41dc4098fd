package jp.popvision.scenario;

import jp.popvision.engine.PackedRates;
import jp.popvision.model.AgeGroups;

/**
 * The TFR and net-migration levers of a {@link CompiledScenario}, per period: the start year of
 * every period, the first period the levers act on, the fertility pattern and the scenario's own
 * TFR (with a TFR path), the age-sex profile of net migrants and the scenario's own net total (with
 * net counts). {@link #apply} forms a period's rates with the resolver's operations (TFR × pattern
 * / width, profile × total), so the rates equal the resolved ones bit for bit. Immutable after
 * construction; shareable between threads.
 */
final class PeriodLevers {
  private final int nn;
  private final int width;
  private final int[] starts;
  private final int firstLever;
  private final int firstFertile;
  private final KnotPath tfrPath;
  private final KnotPath migrationPath;
  private final double[][] pattern;
  private final double[] profile;
  private final double[] ownTfr;
  private final double[] ownMigration;

  PeriodLevers(ResolvedScenario r, LeverInputs in) {
    AgeGroups groups = r.base().groups();
    int n = groups.count();
    int periods = r.rates().size();
    this.nn = 2 * n;
    ScenarioSpec spec = r.spec();
    this.width = groups.width();
    this.starts = Levers.periodStarts(r);
    int s = Levers.startYear(spec);
    int first = 0;
    while (first < periods && starts[first] < s) {
      first++;
    }
    this.firstLever = first;
    this.firstFertile = groups.indexOf(ScenarioResolver.FERTILE_FROM);
    if (spec.fertility() instanceof FertilitySpec.Tfr f) {
      tfrPath = f.tfr();
      pattern = new double[periods][];
      ownTfr = new double[periods];
      for (int i = 0; i < periods; i++) {
        pattern[i] = in.fertilityPatterns().get(i).toArray();
        ownTfr[i] = f.tfr().linearAt(r.rates().get(i).startYear() + width / 2.0);
      }
    } else {
      tfrPath = null;
      pattern = null;
      ownTfr = null;
    }
    if (spec.migration() instanceof MigrationSpec.NetCounts c) {
      migrationPath = c.perPeriod();
      profile = new double[2 * n];
      System.arraycopy(in.profileMale().toArray(), 0, profile, 0, n);
      System.arraycopy(in.profileFemale().toArray(), 0, profile, n, n);
      ownMigration = new double[periods];
      for (int i = 0; i < periods; i++) {
        ownMigration[i] = c.perPeriod().stepAt(r.rates().get(i).startYear());
      }
    } else {
      migrationPath = null;
      profile = null;
      ownMigration = null;
    }
  }

  boolean hasTfrLever() {
    return tfrPath != null;
  }

  boolean hasMigrationLever() {
    return migrationPath != null;
  }

  /** The start year of every period (not a copy: not to be changed). */
  int[] starts() {
    return starts;
  }

  /** Index of the first period the levers act on (see {@link Levers#startYear}). */
  int firstLever() {
    return firstLever;
  }

  /** The scenario's own period TFR (a copy), null without a TFR path. */
  double[] ownTfr() {
    return ownTfr == null ? null : ownTfr.clone();
  }

  /** The scenario's own net migrants per period (a copy), null without net counts. */
  double[] ownMigration() {
    return ownMigration == null ? null : ownMigration.clone();
  }

  /**
   * Writes the fertility and net migrants of period {@code i} into {@code r}: with a TFR path,
   * {@code tfr[i]} (the scenario's own when {@code tfr} is null) × pattern / width; with net
   * counts, profile × {@code migration[i]} (the scenario's own when null). Other rates are left as
   * they are.
   */
  void apply(int i, double[] tfr, double[] migration, PackedRates r) {
    if (pattern != null) {
      double t = tfr != null ? tfr[i] : ownTfr[i];
      double[] pat = pattern[i];
      double[] rate = r.fertRateAgeF();
      for (int k = 0; k < pat.length; k++) {
        rate[firstFertile + k] = t * pat[k] / width;
      }
    }
    if (profile != null) {
      double m = migration != null ? migration[i] : ownMigration[i];
      double[] mig = r.migration();
      for (int j = 0; j < nn; j++) {
        mig[j] = profile[j] * m;
      }
    }
  }
}
