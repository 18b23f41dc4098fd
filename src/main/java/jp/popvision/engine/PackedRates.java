package jp.popvision.engine;

import jp.popvision.model.AgeGroups;
import jp.popvision.model.MigrationTiming;
import jp.popvision.model.Sex;

/**
 * One period's rates in primitive arrays, for the allocation-free kernel {@link PackedStep}.
 *
 * <p>This is working storage, not a model type: it is mutable and owned by one thread. Fast paths
 * (sensitivity grids, goal seeking, Monte Carlo) fill it once from a {@link PeriodRates} with
 * {@link #set} and then overwrite single parts in place between projections (the age-specific
 * fertility rates, the net migrant counts, the survival ratios). Arrays by sex are laid out male
 * first: index {@code sex.ordinal() * n + group}.
 */
public final class PackedRates {
  /** How births are obtained; see {@link Fertility}. */
  public enum FertilityKind {
    AGE_SPECIFIC,
    CHILD_WOMAN_RATIO
  }

  /** How net migration is given; see {@link Migration}. */
  public enum MigrationKind {
    NONE,
    NET_MIGRANTS,
    NET_RATES,
    COHORT_CHANGE
  }

  final int n;
  final int width;
  int startYear;
  final double[] survival;
  final double[] birthSurvival = new double[2];
  FertilityKind fertilityKind = FertilityKind.AGE_SPECIFIC;
  final double[] fertRateAgeF;
  double srb = 1;
  double childWomanRatio;
  double childSexRatio = 1;
  int motherFrom;
  int motherTo;
  MigrationKind migrationKind = MigrationKind.NONE;
  boolean even;
  final double[] migration;

  public PackedRates(AgeGroups groups) {
    this.n = groups.count();
    this.width = groups.width();
    this.survival = new double[2 * n];
    this.fertRateAgeF = new double[n];
    this.migration = new double[2 * n];
  }

  /** Packed copy of {@code rates} for {@code groups}. */
  public static PackedRates of(PeriodRates rates, AgeGroups groups) {
    PackedRates p = new PackedRates(groups);
    p.set(rates);
    return p;
  }

  /** Overwrites everything with {@code rates}; checks sizes as {@link CohortComponentStep} does. */
  public void set(PeriodRates rates) {
    startYear = rates.startYear();
    for (Sex sex : Sex.values()) {
      int o = sex.ordinal() * n;
      Survival s = rates.survival(sex);
      copy(s.ratios().toArray(), survival, o, "survival ratios");
      birthSurvival[sex.ordinal()] = s.birthSurvival();
    }
    java.util.Arrays.fill(fertRateAgeF, 0);
    if (rates.fertility() instanceof Fertility.AgeSpecific a) {
      fertilityKind = FertilityKind.AGE_SPECIFIC;
      copy(a.fertRateAgeF().toArray(), fertRateAgeF, 0, "fertility rates");
      if (fertRateAgeF[0] != 0) {
        throw new IllegalArgumentException("fertility rate of the first age group must be 0");
      }
      srb = a.srb();
    } else {
      Fertility.ChildWomanRatio c = (Fertility.ChildWomanRatio) rates.fertility();
      fertilityKind = FertilityKind.CHILD_WOMAN_RATIO;
      childWomanRatio = c.ratio();
      childSexRatio = c.sexRatio();
      motherFrom = c.motherFrom();
      motherTo = c.motherTo();
    }
    java.util.Arrays.fill(migration, 0);
    Migration m = rates.migration();
    even = false;
    if (m instanceof Migration.NetMigrants nm) {
      migrationKind = MigrationKind.NET_MIGRANTS;
      even = rates.timing() == MigrationTiming.EVEN;
      copy(nm.male().toArray(), migration, 0, "net migrants");
      copy(nm.female().toArray(), migration, n, "net migrants");
    } else if (m instanceof Migration.NetRates r) {
      migrationKind = MigrationKind.NET_RATES;
      copy(r.male().toArray(), migration, 0, "net migration rates");
      copy(r.female().toArray(), migration, n, "net migration rates");
    } else if (m instanceof Migration.CohortChangeRatios c) {
      migrationKind = MigrationKind.COHORT_CHANGE;
      copy(c.male().toArray(), migration, 0, "cohort change ratios");
      copy(c.female().toArray(), migration, n, "cohort change ratios");
    } else {
      migrationKind = MigrationKind.NONE;
    }
  }

  /** A deep copy (for another thread). */
  public PackedRates copy() {
    PackedRates p = new PackedRates(new AgeGroups(width, n));
    p.startYear = startYear;
    System.arraycopy(survival, 0, p.survival, 0, survival.length);
    System.arraycopy(birthSurvival, 0, p.birthSurvival, 0, 2);
    p.fertilityKind = fertilityKind;
    System.arraycopy(fertRateAgeF, 0, p.fertRateAgeF, 0, n);
    p.srb = srb;
    p.childWomanRatio = childWomanRatio;
    p.childSexRatio = childSexRatio;
    p.motherFrom = motherFrom;
    p.motherTo = motherTo;
    p.migrationKind = migrationKind;
    p.even = even;
    System.arraycopy(migration, 0, p.migration, 0, migration.length);
    return p;
  }

  private void copy(double[] from, double[] to, int offset, String what) {
    if (from.length != n) {
      throw new IllegalArgumentException(what + " need " + n + " entries");
    }
    System.arraycopy(from, 0, to, offset, n);
  }

  public int groups() {
    return n;
  }

  public int startYear() {
    return startYear;
  }

  public FertilityKind fertilityKind() {
    return fertilityKind;
  }

  public MigrationKind migrationKind() {
    return migrationKind;
  }

  /** Live array of survival ratios, male then female (2·n); see {@link Survival#ratios()}. */
  public double[] survival() {
    return survival;
  }

  /** Live array of birth survival by sex (male, female). */
  public double[] birthSurvival() {
    return birthSurvival;
  }

  /**
   * Live array of age-specific fertility rates (n); used with {@link FertilityKind#AGE_SPECIFIC}.
   */
  public double[] fertRateAgeF() {
    return fertRateAgeF;
  }

  /** Live array of net migrants, rates or cohort change ratios by sex (2·n). */
  public double[] migration() {
    return migration;
  }

  public double srb() {
    return srb;
  }

  public void srb(double value) {
    if (!(value > 0)) {
      throw new IllegalArgumentException("sex ratio at birth must be positive, was " + value);
    }
    srb = value;
  }
}
