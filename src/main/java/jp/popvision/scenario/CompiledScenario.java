package jp.popvision.scenario;

import java.util.List;
import jp.popvision.engine.PackedRates;
import jp.popvision.engine.PackedStep;
import jp.popvision.model.AgeGroups;
import jp.popvision.model.Population;

/**
 * A resolved scenario packed for the allocation-free kernel ({@link PackedStep}), with its levers
 * exposed per period: the period TFR, the net social change and (for Monte Carlo) a shift of life
 * expectancy. For thousands of projections of one scenario: sensitivity grids, goal seeking, Monte
 * Carlo. Shareable between threads; each thread projects with its own {@link Workspace}. Not
 * immutable: the packed rates and paths are fixed at construction, but the table of life-expectancy
 * shifts is built on demand by {@link #prepareLifeExpectancy} (once per standard deviation,
 * published through a volatile field, so a thread that projects after the call sees it).
 *
 * <p>Contract: with the TFR per period from {@link #tfrByPeriod} and net migration from {@link
 * #migrationByPeriod}, {@link #project} gives exactly (bit for bit) the indicators of {@code
 * Projector.run} on {@code Levers.apply(spec, data, adjustment)}: the rates are formed with the
 * resolver's operations (TFR × pattern / width, profile × total; {@code PeriodLevers}) and stepped
 * by the kernel, which equals the reference step. Life-expectancy shifts, used by Monte Carlo only,
 * interpolate quadratically between exact shifts 1/{@link #E0_GRID_POINTS_PER_SD} standard
 * deviation apart (see {@link #prepareLifeExpectancy}).
 */
public final class CompiledScenario {
  /** Indicators recorded per year, in this order. */
  public static final List<String> INDICATORS =
      List.of("total", "age_0_14", "age_15_64", "age_65_plus");

  public static final int TOTAL = 0;
  public static final int AGE_0_14 = 1;
  public static final int AGE_15_64 = 2;
  public static final int AGE_65_PLUS = 3;

  /** Grid points per standard deviation for life-expectancy shifts. */
  public static final int E0_GRID_POINTS_PER_SD = 20;

  /** Life-expectancy shifts are tabulated to this many standard deviations (held beyond). */
  public static final int E0_GRID_SDS = 6;

  private final ResolvedScenario resolved;
  private final AgeGroups groups;
  private final int n;
  private final int periods;
  private final double[] base;
  private final PackedRates[] template;
  private final PeriodLevers levers;
  private final int firstLever;
  private final PackedIndicators indicators;
  private final List<LifeTable> lifeTables;
  private volatile E0Table e0Grid;

  private CompiledScenario(ResolvedScenario r, LeverInputs in) {
    this.resolved = r;
    this.groups = r.base().groups();
    this.n = groups.count();
    this.periods = r.rates().size();
    this.lifeTables = in.lifeTables();
    Population b = r.base();
    this.base = new double[2 * n];
    System.arraycopy(b.male().toArray(), 0, base, 0, n);
    System.arraycopy(b.female().toArray(), 0, base, n, n);
    this.template = new PackedRates[periods];
    for (int i = 0; i < periods; i++) {
      template[i] = PackedRates.of(r.rates().get(i), groups);
    }
    this.levers = new PeriodLevers(r, in);
    this.firstLever = levers.firstLever();
    this.indicators = new PackedIndicators(groups);
  }

  /** Resolves {@code spec} against {@code data} and packs it. */
  public static CompiledScenario of(ScenarioSpec spec, InputData data) {
    return new CompiledScenario(
        ScenarioResolver.resolve(spec, data), ScenarioResolver.leverInputs(spec, data));
  }

  public ResolvedScenario resolved() {
    return resolved;
  }

  public int periods() {
    return periods;
  }

  /** Instants recorded by {@link #project}: the base year and the end of every period. */
  public int instants() {
    return periods + 1;
  }

  public int year(int instant) {
    return resolved.base().year() + instant * groups.width();
  }

  /** Index of {@code year} among the instants, or −1. */
  public int instantOf(int year) {
    int d = year - resolved.base().year();
    return d >= 0 && d % groups.width() == 0 && d / groups.width() <= periods
        ? d / groups.width()
        : -1;
  }

  public boolean hasTfrLever() {
    return levers.hasTfrLever();
  }

  public boolean hasMigrationLever() {
    return levers.hasMigrationLever();
  }

  /** The scenario's own period TFR (a copy), null without a TFR path. */
  public double[] ownTfr() {
    return levers.ownTfr();
  }

  /** The scenario's own net migrants per period (a copy), null without net counts. */
  public double[] ownMigration() {
    return levers.ownMigration();
  }

  /**
   * Index of the first period the levers act on (see {@link Levers#startYear}); earlier periods
   * always keep the resolved rates (e.g. a calibrated period) and are never varied.
   */
  public int firstLeverPeriod() {
    return firstLever;
  }

  /** The period TFR with the TFR level set to {@code level} ({@link Levers} rule). */
  public double[] tfrByPeriod(double level) {
    return TfrLever.tfrByPeriod(resolved.spec(), levers.starts(), groups.width(), level);
  }

  /**
   * Net migrants per period with the migration level set to {@code level} ({@link Levers} rule).
   */
  public double[] migrationByPeriod(double level) {
    return MigrationLever.migrationByPeriod(resolved.spec(), levers.starts(), level);
  }

  /** Working storage of one thread. */
  public final class Workspace {
    final PackedRates[] rates = new PackedRates[periods];
    final boolean[] survivalChanged = new boolean[periods];
    final double[] a = new double[2 * n];
    final double[] b = new double[2 * n];
    final double[] work = new double[2 * n];

    Workspace() {
      for (int i = 0; i < periods; i++) {
        rates[i] = template[i].copy();
      }
    }
  }

  public Workspace workspace() {
    return new Workspace();
  }

  /**
   * Projects the scenario with the given levers and writes {@link #INDICATORS} for every instant
   * into {@code out} (index instant × 4 + indicator; length ≥ 4·{@link #instants}).
   *
   * @param tfr period TFR, or null for the scenario's own (needs a TFR path otherwise)
   * @param migration net migrants per period, or null for the scenario's own (needs net counts)
   * @param e0Shift life-expectancy shift per period in years, or null for none (needs {@link
   *     #prepareLifeExpectancy} first)
   * @return the number of cohorts whose out-migration was limited at zero
   */
  public int project(
      Workspace ws, double[] tfr, double[] migration, double[] e0Shift, double[] out) {
    return project(ws, tfr, migration, e0Shift, out, null);
  }

  /**
   * As {@link #project(Workspace, double[], double[], double[], double[])}, also writing the number
   * of cohorts limited in each period into {@code limitedByPeriod} (length ≥ periods) when it is
   * not null.
   */
  public int project(
      Workspace ws,
      double[] tfr,
      double[] migration,
      double[] e0Shift,
      double[] out,
      int[] limitedByPeriod) {
    return project(ws, tfr, migration, e0Shift, out, limitedByPeriod, periods);
  }

  /**
   * As {@link #project(Workspace, double[], double[], double[], double[], int[])}, stepping only
   * the first {@code steps} periods (0 to {@link #periods}): the indicators of instants 0 to {@code
   * steps} are written (the same values as in a full projection), later ones are left as they were,
   * and the limits counted are those of the periods stepped.
   */
  public int project(
      Workspace ws,
      double[] tfr,
      double[] migration,
      double[] e0Shift,
      double[] out,
      int[] limitedByPeriod,
      int steps) {
    if (steps < 0 || steps > periods) {
      throw new IllegalArgumentException("steps must be from 0 to " + periods + ", was " + steps);
    }
    if ((tfr != null && !levers.hasTfrLever())
        || (migration != null && !levers.hasMigrationLever())) {
      throw new IllegalStateException("the scenario has no such lever");
    }
    final int nn = 2 * n;
    // the population at the start and at the end of the step: two buffers, swapped each step
    double[] p = ws.a;
    double[] next = ws.b;
    System.arraycopy(base, 0, p, 0, nn);
    indicators.record(p, 0, out);
    int limited = 0;
    E0Table grid = e0Shift == null ? null : e0Grid;
    if (e0Shift != null && grid == null) {
      throw new IllegalStateException("prepareLifeExpectancy was not called");
    }
    for (int i = 0; i < steps; i++) {
      // history (e.g. calibrated) keeps the resolved rates, never varied
      if (i >= firstLever) {
        setLevers(ws, i, tfr, migration, grid, e0Shift);
      }
      int l = PackedStep.step(p, ws.rates[i], next, ws.work);
      limited += l;
      if (limitedByPeriod != null) {
        limitedByPeriod[i] = l;
      }
      indicators.record(next, i + 1, out);
      double[] t = p;
      p = next;
      next = t;
    }
    return limited;
  }

  /** Writes the levers of period {@code i} into the workspace's packed rates of that period. */
  private void setLevers(
      Workspace ws, int i, double[] tfr, double[] migration, E0Table grid, double[] e0Shift) {
    PackedRates r = ws.rates[i];
    levers.apply(i, tfr, migration, r);
    if (grid != null) {
      grid.interpolate(i, e0Shift[i], r);
      ws.survivalChanged[i] = true;
    } else if (ws.survivalChanged[i]) {
      System.arraycopy(template[i].survival(), 0, r.survival(), 0, 2 * n);
      System.arraycopy(template[i].birthSurvival(), 0, r.birthSurvival(), 0, 2);
      ws.survivalChanged[i] = false;
    }
  }

  // ---- life expectancy shifts for Monte Carlo

  /**
   * Tabulates, for every period and sex, the survival of the life table with e0 moved by shifts
   * from −{@value #E0_GRID_SDS}·sd to +{@value #E0_GRID_SDS}·sd in steps of sd/{@value
   * #E0_GRID_POINTS_PER_SD}, each exact ({@link Levers#shift}); {@link #project} interpolates
   * quadratically between them (error of order step³; in population about 10⁻⁹ relative for sd = 1
   * year, tested) and holds the ends beyond. Idempotent for the same sd.
   */
  public void prepareLifeExpectancy(double sd) {
    prepareLifeExpectancy(sd, null);
  }

  /**
   * As {@link #prepareLifeExpectancy(double)}, the periods and sexes tabulated on {@code pool}
   * (null: in the calling thread). The values do not depend on it. (Not on the common fork-join
   * pool: its threads outlive the run, and JDK 17's class-data-sharing archive dump at exit, which
   * the launcher uses, can crash on lambdas they ran.)
   */
  public synchronized void prepareLifeExpectancy(
      double sd, java.util.concurrent.ExecutorService pool) {
    if (!(sd > 0) || Double.isInfinite(sd)) {
      throw new IllegalArgumentException("sd must be positive, was " + sd);
    }
    if (e0Grid != null && e0Grid.sd() == sd) {
      return;
    }
    e0Grid = E0Table.build(sd, pool, firstLever, periods, lifeTables, resolved, groups);
  }

  /** The base population as a packed array (a copy). */
  public double[] base() {
    return base.clone();
  }

  public AgeGroups groups() {
    return groups;
  }
}
