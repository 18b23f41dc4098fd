package jp.popvision.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jp.popvision.engine.Fertility;
import jp.popvision.engine.PeriodRates;
import jp.popvision.io.ScenarioReader;
import jp.popvision.testutil.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LeversTest {
  static InputData data;
  static ScenarioSpec target;
  static ScenarioSpec baseline;
  static ScenarioSpec ipss;
  static final int[] STARTS = {2015, 2020, 2025, 2030, 2035, 2040, 2045, 2050, 2055, 2060, 2065};

  @BeforeAll
  static void read() throws Exception {
    data = TestData.asakura();
    target = ScenarioReader.read(TestData.root().resolve("scenarios/target.yaml")).spec();
    baseline = ScenarioReader.read(TestData.root().resolve("scenarios/baseline.yaml")).spec();
    ipss = ScenarioReader.read(TestData.root().resolve("scenarios/ipss-h30.yaml")).spec();
  }

  static ScenarioSpec uncalibrated(ScenarioSpec s) {
    return s.with(s.base(), s.fertility(), s.mortality(), s.migration(), null);
  }

  @Test
  void leversStartAtTheCalibrationYearElseTheBaseYear() {
    assertEquals(2020, Levers.startYear(target));
    assertEquals(2015, Levers.startYear(uncalibrated(target)));
  }

  @Test
  void tfrLevelScalesTheRiseAfterTheLeverYear() {
    assertEquals(1.86, TfrLever.tfrLevel(target), 0.0);
    assertEquals(2030, TfrLever.tfrAnchorYear(target));
    double[] t = TfrLever.tfrByPeriod(target, STARTS, 5, 2.06);
    // by hand, knots 2015: 1.44, 2020: 1.69, 2030: 2.06 read at the midpoints
    assertEquals(1.44 + 0.5 * 0.25, t[0], 1e-12, "2015-20 is history (calibrated): unchanged");
    assertEquals(1.69 + 0.25 * (2.06 - 1.69), t[1], 1e-12);
    assertEquals(1.69 + 0.75 * (2.06 - 1.69), t[2], 1e-12);
    for (int i = 3; i < STARTS.length; i++) {
      assertEquals(2.06, t[i], 1e-12);
    }
    // without calibration the rise from 2015 is scaled: knots 2015: 1.44, 2020: 1.44 +
    // 0.25·0.62/0.42
    double[] u = TfrLever.tfrByPeriod(uncalibrated(target), STARTS, 5, 2.06);
    double k2020 = 1.44 + 0.25 * 0.62 / 0.42;
    assertEquals((1.44 + k2020) / 2, u[0], 1e-12);
    assertEquals(k2020 + 0.25 * (2.06 - k2020), u[1], 1e-12);
  }

  @Test
  void flatTfrPathBecomesTheNewConstantFromTheLeverYear() {
    assertEquals(1.44, TfrLever.tfrLevel(baseline), 0.0);
    assertEquals(2020, TfrLever.tfrAnchorYear(baseline));
    double[] t = TfrLever.tfrByPeriod(baseline, STARTS, 5, 1.7);
    assertEquals(1.44, t[0], 0.0);
    for (int i = 1; i < STARTS.length; i++) {
      assertEquals(1.7, t[i], 0.0);
    }
  }

  @Test
  void migrationLevelAppliesFromTheLastKnotOn() {
    assertEquals(-1200, MigrationLever.migrationLevel(target), 0.0);
    assertEquals(2020, MigrationLever.migrationFromYear(target));
    // a single knot at the base year (fertility-only: -1,477 from 2015; baseline now holds rates)
    ScenarioSpec single;
    try {
      single = ScenarioReader.read(TestData.root().resolve("scenarios/fertility-only.yaml")).spec();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    assertEquals(2020, MigrationLever.migrationFromYear(single));
    assertEquals(2015, MigrationLever.migrationFromYear(uncalibrated(single)));
    double[] m = MigrationLever.migrationByPeriod(target, STARTS, 250);
    assertEquals(-1477, m[0], 0.0);
    for (int i = 1; i < STARTS.length; i++) {
      assertEquals(250, m[i], 0.0);
    }
    ResolvedScenario own = ScenarioResolver.resolve(target, data);
    ResolvedScenario r = Levers.apply(target, data, Levers.Adjustment.migration(250));
    assertEquals(own.assumptions().get(0), r.assumptions().get(0), "the calibrated period stays");
    assertSame(own.rates().get(0).migration().getClass(), r.rates().get(0).migration().getClass());
    for (int i = 1; i < r.assumptions().size(); i++) {
      assertEquals(250, r.assumptions().get(i).netMigrationAssumed(), 0.0);
      assertEquals(
          250,
          r.rates().get(i).migration() instanceof jp.popvision.engine.Migration.NetMigrants n
              ? n.male().sum() + n.female().sum()
              : Double.NaN,
          1e-9);
    }
  }

  @Test
  void ownLeverValuesGiveTheOwnRatesExactly() {
    ResolvedScenario own = ScenarioResolver.resolve(target, data);
    ResolvedScenario same =
        Levers.apply(
            own,
            ScenarioResolver.leverInputs(target, data),
            new Levers.Adjustment(1.86, MigrationLever.migrationLevel(own.spec()), 0, null));
    // -1,200 per 5 years stated on the register basis: the lever is the census-basis value
    assertEquals(
        -1200 * RegisterBasis.of(data).ratio(), MigrationLever.migrationLevel(own.spec()), 1e-9);
    assertEquals(own.rates(), same.rates());
    assertEquals(own.assumptions(), same.assumptions());
  }

  @Test
  void lifeExpectancyShiftMovesE0ByTheShiftFromTheLeverYear() {
    ResolvedScenario own = ScenarioResolver.resolve(target, data);
    for (double d : new double[] {-1, 1}) {
      ResolvedScenario r = Levers.apply(target, data, Levers.Adjustment.e0(d));
      assertEquals(own.rates().get(0), r.rates().get(0));
      for (int i = 1; i < r.assumptions().size(); i++) {
        assertEquals(own.assumptions().get(i).e0Male() + d, r.assumptions().get(i).e0Male(), 1e-8);
        assertEquals(
            own.assumptions().get(i).e0Female() + d, r.assumptions().get(i).e0Female(), 1e-8);
        PeriodRates a = own.rates().get(i);
        PeriodRates b = r.rates().get(i);
        for (int g = 0; g < 19; g++) {
          double sa = a.survivalFemale().ratios().get(g);
          double sb = b.survivalFemale().ratios().get(g);
          assertTrue(d > 0 ? sb > sa : sb < sa, "group " + g);
        }
        assertEquals(a.fertility(), b.fertility());
        assertEquals(a.migration(), b.migration());
      }
    }
  }

  @Test
  void sexRatioAtBirthIsSetFromTheLeverYear() {
    ResolvedScenario r = Levers.apply(target, data, Levers.Adjustment.sexRatioAtBirth(1.07));
    assertEquals(1.052, ((Fertility.AgeSpecific) r.rates().get(0).fertility()).srb(), 0.0);
    for (PeriodRates p : r.rates().subList(1, r.rates().size())) {
      assertEquals(1.07, ((Fertility.AgeSpecific) p.fertility()).srb(), 0.0);
    }
  }

  @Test
  void fertilityRatesAreTheResolversOperations() {
    ResolvedScenario own = ScenarioResolver.resolve(target, data);
    LeverInputs in = ScenarioResolver.leverInputs(target, data);
    for (int i = 0; i < STARTS.length; i++) {
      double tfr = own.assumptions().get(i).tfr();
      assertArrayEquals(
          ((Fertility.AgeSpecific) own.rates().get(i).fertility()).fertRateAgeF().toArray(),
          Levers.fertilityRates(tfr, in.fertilityPatterns().get(i), own.base().groups()).toArray(),
          0.0);
    }
  }

  @Test
  void leversTheScenarioDoesNotHaveAreErrorsAtTheMethodKey() {
    assertEquals(
        "fertility.method",
        assertThrows(ResolveException.class, () -> TfrLever.tfrLevel(ipss)).key());
    assertEquals(
        "migration.method",
        assertThrows(ResolveException.class, () -> MigrationLever.migrationLevel(ipss)).key());
    assertEquals(
        "fertility.method",
        assertThrows(
                ResolveException.class,
                () -> Levers.apply(ipss, data, Levers.Adjustment.sexRatioAtBirth(1.05)))
            .key());
  }

  @Test
  void aPathThatReturnsToItsLeverYearValueHasNoLevel() {
    ScenarioSpec s =
        uncalibrated(target)
            .withFertility(
                new FertilitySpec.Tfr(
                    new KnotPath(
                        List.of(new Knot(2015, 1.5), new Knot(2030, 1.8), new Knot(2040, 1.5))),
                    "wpp2024",
                    null));
    ResolveException e =
        assertThrows(ResolveException.class, () -> TfrLever.tfrByPeriod(s, STARTS, 5, 2.0));
    assertEquals("fertility.tfr", e.key());
  }
}
