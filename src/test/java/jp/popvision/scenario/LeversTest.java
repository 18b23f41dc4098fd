package jp.popvision.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import jp.popvision.engine.Fertility;
import jp.popvision.engine.PeriodRates;
import jp.popvision.io.DataDir;
import jp.popvision.io.ScenarioReader;
import jp.popvision.testutil.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LeversTest {
  static InputData data;
  static ScenarioSpec target;
  static ScenarioSpec baseline;
  static ScenarioSpec ipss;

  @BeforeAll
  static void read() throws Exception {
    data = DataDir.read(TestData.data());
    target = ScenarioReader.read(TestData.root().resolve("scenarios/target.yaml")).spec();
    baseline = ScenarioReader.read(TestData.root().resolve("scenarios/baseline.yaml")).spec();
    ipss = ScenarioReader.read(TestData.root().resolve("scenarios/ipss-h30.yaml")).spec();
  }

  static List<Knot> tfrKnots(ScenarioSpec s) {
    return ((FertilitySpec.Tfr) s.fertility()).tfr().knots();
  }

  static List<Knot> migrationKnots(ScenarioSpec s) {
    return ((MigrationSpec.NetCounts) s.migration()).perPeriod().knots();
  }

  @Test
  void tfrLevelScalesTheRiseFromTheBaseYear() {
    assertEquals(1.86, Levers.tfrLevel(target), 0.0);
    assertEquals(2030, Levers.tfrAnchorYear(target));
    List<Knot> k = tfrKnots(Levers.withTfrLevel(target, 2.06));
    // by hand: the rise 1.44 → 1.86 (0.42) becomes 1.44 → 2.06 (0.62): 2020 = 1.44 + 0.25 · 0.62/0.42
    assertEquals(List.of(2015, 2020, 2030), k.stream().map(Knot::year).toList());
    assertEquals(1.44, k.get(0).value(), 1e-15);
    assertEquals(1.44 + 0.25 * 0.62 / 0.42, k.get(1).value(), 1e-12);
    assertEquals(2.06, k.get(2).value(), 0.0);
    // lower than the base year: the path falls in the same proportions
    List<Knot> low = tfrKnots(Levers.withTfrLevel(target, 1.23));
    assertEquals(1.44 - 0.25 * 0.21 / 0.42, low.get(1).value(), 1e-12);
  }

  @Test
  void flatTfrPathBecomesTheNewConstant() {
    assertEquals(1.44, Levers.tfrLevel(baseline), 0.0);
    assertEquals(2015, Levers.tfrAnchorYear(baseline));
    assertEquals(List.of(new Knot(2015, 1.7)), tfrKnots(Levers.withTfrLevel(baseline, 1.7)));
  }

  @Test
  void migrationLevelReplacesTheValueFromTheLastKnotOn() {
    assertEquals(-1200, Levers.migrationLevel(target), 0.0);
    assertEquals(2020, Levers.migrationFromYear(target));
    assertEquals(List.of(new Knot(2015, -1477), new Knot(2020, 250)),
        migrationKnots(Levers.withMigrationLevel(target, 250)));
    assertEquals(2015, Levers.migrationFromYear(baseline));
    assertEquals(List.of(new Knot(2015, -900)), migrationKnots(Levers.withMigrationLevel(baseline, -900)));
    ResolvedScenario r = Levers.apply(target, data, Levers.Adjustment.migration(250));
    assertEquals(-1477, r.assumptions().get(0).netMigrationAssumed(), 0.0);
    for (int i = 1; i < r.assumptions().size(); i++) {
      assertEquals(250, r.assumptions().get(i).netMigrationAssumed(), 0.0);
    }
  }

  @Test
  void ownValuesReturnTheSameScenario() {
    assertSame(target, Levers.withTfrLevel(target, 1.86));
    assertSame(target, Levers.withMigrationLevel(target, -1200));
    assertSame(baseline, Levers.withTfrLevel(baseline, 1.44));
  }

  @Test
  void lifeExpectancyShiftMovesEveryPeriodsE0ByTheShift() {
    ResolvedScenario own = ScenarioResolver.resolve(target, data);
    for (double d : new double[] {-1, 1}) {
      ResolvedScenario r = Levers.apply(target, data, Levers.Adjustment.e0(d));
      for (int i = 0; i < r.assumptions().size(); i++) {
        assertEquals(own.assumptions().get(i).e0Male() + d, r.assumptions().get(i).e0Male(), 1e-8);
        assertEquals(own.assumptions().get(i).e0Female() + d, r.assumptions().get(i).e0Female(), 1e-8);
        PeriodRates a = own.rates().get(i);
        PeriodRates b = r.rates().get(i);
        // lower mortality: every survival ratio up (or equal at 1), and the other rates untouched
        for (int g = 0; g < 19; g++) {
          double sa = a.survivalFemale().ratios().get(g);
          double sb = b.survivalFemale().ratios().get(g);
          assertEquals(true, d > 0 ? sb >= sa : sb <= sa, "group " + g);
        }
        assertEquals(a.fertility(), b.fertility());
        assertEquals(a.migration(), b.migration());
      }
    }
  }

  @Test
  void sexRatioAtBirthIsSetInEveryPeriod() {
    ResolvedScenario r = Levers.apply(target, data, Levers.Adjustment.sexRatioAtBirth(1.07));
    for (PeriodRates p : r.rates()) {
      assertEquals(1.07, ((Fertility.AgeSpecific) p.fertility()).srb(), 0.0);
    }
  }

  @Test
  void leversTheScenarioDoesNotHaveAreErrorsAtTheMethodKey() {
    assertEquals("fertility.method",
        assertThrows(ResolveException.class, () -> Levers.tfrLevel(ipss)).key());
    assertEquals("migration.method",
        assertThrows(ResolveException.class, () -> Levers.withMigrationLevel(ipss, 0)).key());
    assertEquals("fertility.method",
        assertThrows(ResolveException.class, () -> Levers.withSexRatioAtBirth(ipss, 1.05)).key());
  }

  @Test
  void aPathThatReturnsToItsBaseValueHasNoLevel() {
    KnotPath p = new KnotPath(List.of(new Knot(2015, 1.5), new Knot(2030, 1.8), new Knot(2040, 1.5)));
    ResolveException e = assertThrows(ResolveException.class, () -> Levers.tfrPathWithLevel(p, 2015, 2.0));
    assertEquals("fertility.tfr", e.key());
  }
}
