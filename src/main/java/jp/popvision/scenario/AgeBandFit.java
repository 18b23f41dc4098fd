package jp.popvision.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleToIntFunction;
import jp.popvision.engine.Migration;
import jp.popvision.engine.PeriodRates;
import jp.popvision.engine.Projection;
import jp.popvision.engine.Projector;
import jp.popvision.model.AgeGroups;
import jp.popvision.model.AgeVector;
import jp.popvision.model.Population;
import jp.popvision.scenario.RootScan.Root;
import org.apache.commons.math3.analysis.UnivariateFunction;

/**
 * The shared history's 時点修正 by broad age group ({@code calibration.history: shared}): after the
 * total is solved, the net migration rates of the period are shifted by one amount per broad age
 * group of the end of the period (0–14, 15–64, 65+; both sexes alike) so that the projection passes
 * through the observed 0–14, 15–64 and 65+ as well as the total (they sum to it). A uniform shift
 * per group, not a factor: the 65+ rates are near zero, and a factor on them would turn their sign
 * to move a few dozen persons. With END timing the three groups do not interact within the period
 * (births come from the women present at the start); with EVEN timing they do a little, so the
 * groups are solved in turn until all three hit. Each shift is solved by {@link RootScan}. Pure.
 */
final class AgeBandFit {
  private AgeBandFit() {}

  /** Broad age groups: first and last age (-1: open), as the census's 年齢3区分. */
  static final int[][] BANDS = {{0, 14}, {15, 64}, {65, -1}};

  /** Widest shift tried, per survivor (a rate below -1 would empty every cohort). */
  static final double LOW = -0.95;

  static final double HIGH = 1.0;

  static final int MAX_SWEEPS = 20;

  /**
   * The fitted migration and the shift added in each broad group: per survivor for net rates,
   * persons for net counts.
   */
  record Fit(Migration migration, double[] shifts) {}

  /** The period's migration with a shift per broad group added. */
  private interface Shifted {
    Migration apply(double[] shifts);
  }

  /** Whether the observed figures hold all three broad groups. */
  static boolean possible(ObservedTotals o) {
    return o.age0to14() != null && o.age15to64() != null && o.age65plus() != null;
  }

  /**
   * Fits net rates or net counts (null for other migration: cohort change ratios hold no level to
   * shift). {@code head} holds the period's total-calibrated rates at index k.
   */
  static Fit fit(Population base, List<PeriodRates> head, int k, ObservedTotals o) {
    Migration m = head.get(k).migration();
    AgeGroups groups = base.groups();
    Shifted shifted;
    double low = LOW;
    double high = HIGH;
    if (m instanceof Migration.NetRates r) {
      shifted = new RateShift(r, groups);
    } else if (m instanceof Migration.NetMigrants n) {
      Population end = Projector.run(base, head).last();
      shifted = new CountShift(n, end);
      low = -end.total();
      high = end.total();
    } else {
      return null;
    }
    double[] target = {o.age0to14(), o.age15to64(), o.age65plus()};
    double[] shifts = new double[BANDS.length];
    for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
      double worst = 0;
      for (int b = 0; b < BANDS.length; b++) {
        Gap gap = new Gap(base, head, k, shifted, shifts, b, target[b]);
        worst = Math.max(worst, Math.abs(gap.value(shifts[b])));
        Root root = RootScan.find(gap, gap, low, high, 0);
        if (root.solved() == null) {
          throw new ResolveException(
              "calibration.history",
              ResolveException.Reason.CALIBRATION_AGES_UNREACHABLE,
              label(b),
              persons(target[b]),
              o.year(),
              String.format(Locale.ROOT, "%+.6g", low),
              String.format(Locale.ROOT, "%+.6g", high),
              persons(gap.value(root.best()) + target[b]));
        }
        shifts[b] = root.solved();
      }
      if (worst < RootScan.ACCURACY) {
        break;
      }
    }
    return new Fit(shifted.apply(shifts), shifts.clone());
  }

  /** Net rates with {@code shifts[b]} added to every age group of band b, both sexes. */
  private record RateShift(Migration.NetRates r, AgeGroups groups) implements Shifted {
    @Override
    public Migration apply(double[] shifts) {
      double[] add = new double[groups.count()];
      for (int i = 0; i < groups.count(); i++) {
        add[i] = shifts[band(groups.ageFrom(i))];
      }
      AgeVector a = AgeVector.of(add);
      return new Migration.NetRates(r.male().plus(a), r.female().plus(a));
    }
  }

  /**
   * Net counts with {@code shifts[b]} persons added to band b, spread over its sex-age groups in
   * proportion to their projected population at the period's end (before the shift).
   */
  private record CountShift(Migration.NetMigrants n, Population end) implements Shifted {
    @Override
    public Migration apply(double[] shifts) {
      AgeGroups g = end.groups();
      double[] bandTotal = new double[BANDS.length];
      for (int i = 0; i < g.count(); i++) {
        bandTotal[band(g.ageFrom(i))] += end.male().get(i) + end.female().get(i);
      }
      double[] m = n.male().toArray();
      double[] f = n.female().toArray();
      for (int i = 0; i < g.count(); i++) {
        int b = band(g.ageFrom(i));
        if (bandTotal[b] > 0) {
          m[i] += shifts[b] * end.male().get(i) / bandTotal[b];
          f[i] += shifts[b] * end.female().get(i) / bandTotal[b];
        }
      }
      return new Migration.NetMigrants(AgeVector.of(m), AgeVector.of(f));
    }
  }

  /** What the fit did, for the printed summary and the manifest. */
  static Note note(CalibrationResult c) {
    List<Double> s = c.ageShifts();
    if (s.isEmpty()) {
      return Note.of(Note.Kind.AGES_NOT_FITTED, c.year());
    }
    boolean counts = c.lever().equals("net_migrants");
    String f = counts ? "%+,.0f" : "%+.4f";
    return Note.of(
        counts ? Note.Kind.AGES_FITTED_COUNTS : Note.Kind.AGES_FITTED,
        c.year(),
        String.format(Locale.ROOT, f, s.get(0)),
        String.format(Locale.ROOT, f, s.get(1)),
        String.format(Locale.ROOT, f, s.get(2)));
  }

  static int band(int ageFrom) {
    for (int b = BANDS.length - 1; b >= 0; b--) {
      if (ageFrom >= BANDS[b][0]) {
        return b;
      }
    }
    throw new IllegalArgumentException("age " + ageFrom);
  }

  static String label(int b) {
    return BANDS[b][1] < 0 ? BANDS[b][0] + "+" : BANDS[b][0] + "-" + BANDS[b][1];
  }

  /** Projected band b at the period's end minus the observed, as a function of its shift. */
  private record Gap(
      Population base,
      List<PeriodRates> head,
      int k,
      Shifted shifted,
      double[] shifts,
      int band,
      double target)
      implements UnivariateFunction, DoubleToIntFunction {
    @Override
    public double value(double x) {
      return run(x).last().sumAges(BANDS[band][0], BANDS[band][1]) - target;
    }

    /** Cohorts limited at zero: of several roots, the one that limits the fewest wins. */
    @Override
    public int applyAsInt(double x) {
      return run(x).limits().size();
    }

    private Projection run(double x) {
      double[] s = shifts.clone();
      s[band] = x;
      List<PeriodRates> rates = new ArrayList<>(head);
      rates.set(k, rates.get(k).withMigration(shifted.apply(s)));
      return Projector.run(base, rates);
    }
  }

  private static String persons(double v) {
    return String.format(Locale.ROOT, "%,.0f", Math.abs(v) < 0.5 ? 0.0 : v);
  }
}
