package jp.popvision.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jp.popvision.engine.Projection;
import jp.popvision.engine.Projector;
import jp.popvision.io.ScenarioReader;
import jp.popvision.model.Population;
import jp.popvision.results.Indicators;
import jp.popvision.testutil.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The packed fast path against the reference pipeline (resolve → Projector), on shipped data. */
class CompiledScenarioTest {
  static InputData data;
  static ScenarioSpec target;
  static ScenarioSpec baseline;
  static ScenarioSpec ipss;

  @BeforeAll
  static void read() throws Exception {
    data = TestData.asakura();
    target = ScenarioReader.read(TestData.root().resolve("scenarios/target.yaml")).spec();
    baseline = ScenarioReader.read(TestData.root().resolve("scenarios/baseline.yaml")).spec();
    ipss = ScenarioReader.read(TestData.root().resolve("scenarios/ipss-h30.yaml")).spec();
  }

  /** Indicators of the reference projection, same layout as CompiledScenario.project. */
  static double[] reference(ResolvedScenario r) {
    Projection p = Projector.run(r.base(), r.rates());
    double[] out = new double[4 * p.populations().size()];
    for (int i = 0; i < p.populations().size(); i++) {
      Indicators x = Indicators.of(p.populations().get(i));
      out[4 * i] = x.total();
      out[4 * i + 1] = x.age0to14();
      out[4 * i + 2] = x.age15to64();
      out[4 * i + 3] = x.age65plus();
    }
    return out;
  }

  static void assertBitEqual(double[] expected, double[] actual, String what) {
    assertEquals(expected.length, actual.length, what);
    for (int i = 0; i < expected.length; i++) {
      assertEquals(
          Double.doubleToLongBits(expected[i]),
          Double.doubleToLongBits(actual[i]),
          what + " at " + i + ": " + expected[i] + " vs " + actual[i]);
    }
  }

  @Test
  void ownRunEqualsReferenceForEveryShippedScenario() {
    for (ScenarioSpec s : new ScenarioSpec[] {target, baseline, ipss}) {
      CompiledScenario f = CompiledScenario.of(s, data);
      double[] out = new double[4 * f.instants()];
      f.project(f.workspace(), null, null, null, out);
      assertBitEqual(reference(ScenarioResolver.resolve(s, data)), out, s.name());
    }
  }

  @Test
  void leversEqualReferenceWithTheLeverAppliedToTheSpec() {
    CompiledScenario f = CompiledScenario.of(target, data);
    CompiledScenario.Workspace ws = f.workspace();
    double[] out = new double[4 * f.instants()];
    for (double tfr : new double[] {0.5, 1.2, 1.5, 1.86, 2.2, 4.0}) {
      for (double mig : new double[] {-5000, -2000, -1200, 0, 500}) {
        f.project(ws, f.tfrByPeriod(tfr), f.migrationByPeriod(mig), null, out);
        Levers.Adjustment a = new Levers.Adjustment(tfr, mig, 0, null);
        assertBitEqual(reference(Levers.apply(target, data, a)), out, "tfr " + tfr + " mig " + mig);
      }
    }
    // and back to the scenario's own rates in the same workspace
    f.project(ws, null, null, null, out);
    assertBitEqual(reference(ScenarioResolver.resolve(target, data)), out, "own after levers");
  }

  @Test
  void ownLeverValuesGiveTheOwnRunExactly() {
    CompiledScenario f = CompiledScenario.of(target, data);
    double[] own = new double[4 * f.instants()];
    f.project(f.workspace(), null, null, null, own);
    double[] lever = new double[4 * f.instants()];
    f.project(
        f.workspace(),
        f.tfrByPeriod(TfrLever.tfrLevel(f.resolved().spec())),
        f.migrationByPeriod(MigrationLever.migrationLevel(f.resolved().spec())),
        null,
        lever);
    assertBitEqual(own, lever, "own levers");
  }

  @Test
  void lifeExpectancyShiftsInterpolateTheExactShiftClosely() {
    CompiledScenario f = CompiledScenario.of(baseline, data);
    f.prepareLifeExpectancy(1.0);
    double[] out = new double[4 * f.instants()];
    double[] shifts = new double[f.periods()];
    for (double d : new double[] {-2.37, -1, -0.013, 0.5, 1, 3.3}) {
      java.util.Arrays.fill(shifts, d);
      f.project(f.workspace(), null, null, shifts, out);
      double[] ref = reference(Levers.apply(baseline, data, Levers.Adjustment.e0(d)));
      for (int i = 0; i < out.length; i++) {
        assertEquals(ref[i], out[i], 1e-9 * ref[i], "shift " + d + " at " + i);
      }
    }
    // zero shift is exactly the own run
    java.util.Arrays.fill(shifts, 0);
    f.project(f.workspace(), null, null, shifts, out);
    assertBitEqual(reference(ScenarioResolver.resolve(baseline, data)), out, "zero shift");
  }

  @Test
  void leversThatTheMethodsDoNotHaveAreRejected() {
    CompiledScenario f = CompiledScenario.of(ipss, data);
    assertTrue(!f.hasTfrLever() && !f.hasMigrationLever());
    ResolveException e = assertThrows(ResolveException.class, () -> f.tfrByPeriod(1.5));
    assertEquals("fertility.method", e.key());
    assertThrows(ResolveException.class, () -> f.migrationByPeriod(0));
  }

  @Test
  void instantsAreTheBaseAndEveryPeriodEnd() {
    CompiledScenario f = CompiledScenario.of(target, data);
    assertEquals(12, f.instants());
    assertEquals(2015, f.year(0));
    assertEquals(2070, f.year(11));
    assertEquals(9, f.instantOf(2060));
    assertEquals(-1, f.instantOf(2062));
    assertEquals(-1, f.instantOf(2075));
    Population base = ScenarioResolver.resolve(target, data).base();
    assertEquals(base.total(), java.util.Arrays.stream(f.base()).sum(), 1e-9);
  }
}
