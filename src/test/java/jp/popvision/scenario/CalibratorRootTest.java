package jp.popvision.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import jp.popvision.engine.Fertility;
import jp.popvision.engine.Migration;
import jp.popvision.engine.PeriodRates;
import jp.popvision.engine.Survival;
import jp.popvision.model.AgeGroups;
import jp.popvision.model.AgeVector;
import jp.popvision.model.MigrationTiming;
import jp.popvision.model.Population;
import org.junit.jupiter.api.Test;

/**
 * A profile with shares of both signs makes the projected total non-monotone in the net level, as
 * Fukuoka Prefecture's own profile did (a root at −5,074,584 with 24 cohorts cut to zero was
 * returned while about +86,639 hit the census). An independent case small enough to solve by hand:
 * three groups, everyone survives, no births; women's profile shares 0, +2, −1 (sum 1), men's 0.
 *
 * <p>Without migration the end population is 0 + 100 + 200 per sex = 600. With level x the women
 * get 2x in 5–9 (limited at −100) and −x in 10+ (limited at −200), so for −50 ≤ x ≤ 200 the total
 * is 600 + x; for x &lt; −50 it is 500 − x. A census of 650 is hit at x = +50 (nothing limited) and
 * at x = −150 (5–9 cut to zero). Brent started from the assumed level −10 over ±600, as before this
 * fix, finds −150 (its bracket [−600, −10] has a sign change); the scan must return +50.
 */
class CalibratorRootTest {
  static final AgeGroups G = new AgeGroups(5, 3);

  static CalibrationResult calibrate(double observed) {
    AgeVector p = AgeVector.of(new double[] {100, 100, 100});
    Population base = new Population(G, 2015, p, p);
    Survival all = new Survival(AgeVector.of(new double[] {1, 1, 1}), 1.0);
    Fertility none = new Fertility.AgeSpecific(AgeVector.of(new double[] {0, 0, 0}), 1.0);
    AgeVector female = AgeVector.of(new double[] {0, 2, -1});
    AgeVector male = AgeVector.of(new double[] {0, 0, 0});
    Calibrator.Lever lever =
        new Calibrator.Lever(
            "net_migrants", -10, x -> new Migration.NetMigrants(male, female.scale(x)));
    List<PeriodRates> rates = new ArrayList<>();
    rates.add(
        new PeriodRates(2015, all, all, none, lever.migration().apply(-10), MigrationTiming.END));
    List<PeriodAssumption> assumptions = new ArrayList<>();
    assumptions.add(new PeriodAssumption(2015, 2020, null, null, null, 80.0, 86.0, -10.0));
    return Calibrator.calibrate(
        new CalibrationSpec(2020, observed, null, null, null),
        new ObservedTotals(2020, observed, null, null, null, "hand"),
        base,
        rates,
        assumptions,
        t -> lever);
  }

  @Test
  void findsTheRootThatCutsNoCohort() {
    CalibrationResult r = calibrate(650);
    assertEquals(50, r.solved(), 1e-5);
    assertEquals(650, r.projected().total(), 1e-5);
  }

  @Test
  void unreachableTotalIsAnInputErrorWithTheBestValue() {
    // the total is at least 550 (x = −50): 500 cannot be reached
    ResolveException e = assertThrows(ResolveException.class, () -> calibrate(500));
    assertEquals(ResolveException.Reason.CALIBRATION_UNREACHABLE, e.reason());
    // the closest total of the scan is 550, at x = −50 (a grid point within 1 person)
    assertEquals("550", e.args().get(10));
  }

  /**
   * Net rates of both signs that a multiplier cannot calibrate, solved by hand. Three groups,
   * everyone survives, no births, END timing; rates (both sexes) 0, +1, −0.5 per survivor at the
   * end. Before migration each sex ends with 0, 100, 200 (the open group gathers 100 + 100). With
   * multiplier k the migrants are +100k and −100k: the total stays 600 for |k| ≤ 2 and only grows
   * beyond (one group limited at zero), so a census of 500 is out of a multiplier's reach. A shift
   * x added to every rate gives 100(1 + x) and 200(x − 0.5) migrants per sex: total 600 + 600x =
   * 500 at x = −1/6, nothing limited.
   */
  @Test
  void ratesAMultiplierCannotReachAreShifted() {
    AgeVector p = AgeVector.of(new double[] {100, 100, 100});
    Population base = new Population(G, 2015, p, p);
    Survival all = new Survival(AgeVector.of(new double[] {1, 1, 1}), 1.0);
    Fertility none = new Fertility.AgeSpecific(AgeVector.of(new double[] {0, 0, 0}), 1.0);
    AgeVector r = AgeVector.of(new double[] {0, 1, -0.5});
    Calibrator.Lever lever =
        new Calibrator.Lever(
            "rate_multiplier", 1.0, k -> new Migration.NetRates(r.scale(k), r.scale(k)));
    List<PeriodRates> rates = new ArrayList<>();
    rates.add(
        new PeriodRates(2015, all, all, none, lever.migration().apply(1), MigrationTiming.END));
    List<PeriodAssumption> assumptions = new ArrayList<>();
    assumptions.add(new PeriodAssumption(2015, 2020, null, null, null, 80.0, 86.0, 0.0));
    CalibrationResult c =
        Calibrator.calibrate(
            new CalibrationSpec(2020, 500.0, null, null, null),
            new ObservedTotals(2020, 500, null, null, null, "hand"),
            base,
            rates,
            assumptions,
            t -> lever);
    assertEquals("rate_shift", c.lever());
    assertEquals(-1.0 / 6, c.solved(), 1e-6);
    assertEquals(500, c.projected().total(), 1e-5);
    assertEquals(-100, c.netMigration(), 1e-4);
  }

  /** The grid's values, half of them computed on a second thread, are the function's values. */
  @Test
  void theScanGridIsEvaluatedPointByPoint() {
    double[] x = RootScan.grid(-600, 600, -10);
    double[] y = RootScan.values(v -> v * v - 3 * v, x);
    assertEquals(x.length, y.length);
    for (int i = 0; i < x.length; i++) {
      assertEquals(x[i] * x[i] - 3 * x[i], y[i], 0.0, "point " + i);
    }
    // a failure on either half reaches the caller
    assertThrows(
        IllegalStateException.class,
        () ->
            RootScan.values(
                v -> {
                  if (v > 500) {
                    throw new IllegalStateException("from the second half");
                  }
                  return v;
                },
                x));
  }
}
