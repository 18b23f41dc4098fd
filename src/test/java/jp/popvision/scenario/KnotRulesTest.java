package jp.popvision.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import jp.popvision.io.DataDir;
import jp.popvision.io.ScenarioReader;
import jp.popvision.model.MigrationTiming;
import jp.popvision.testutil.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Knots mean what README says: a path says what holds from the base year; counts start periods. */
class KnotRulesTest {
  static InputData data;
  static ScenarioSpec target;

  @BeforeAll
  static void read() throws Exception {
    data = DataDir.read(TestData.data());
    target = ScenarioReader.read(TestData.root().resolve("scenarios/target.yaml")).spec();
  }

  static KnotPath path(int year, double value) {
    return new KnotPath(List.of(new Knot(year, value)));
  }

  static ScenarioSpec withCounts(KnotPath counts, CalibrationSpec calibration) {
    MigrationSpec m = new MigrationSpec.NetCounts(counts, 2010, MigrationTiming.END);
    return target.with(target.base(), target.fertility(), target.mortality(), m, calibration);
  }

  @Test
  void countsStartingAfterTheBaseYearOfAnUncalibratedScenarioAreAnError() {
    // before: net_counts {2025: -800} silently applied -800 from 2015
    ResolveException e =
        assertThrows(
            ResolveException.class,
            () -> ScenarioResolver.resolve(withCounts(path(2025, -800), null), data));
    assertEquals("migration.net_counts", e.key());
    assertEquals(ResolveException.Reason.KNOT_AFTER_BASE, e.reason());
    assertEquals(List.of(2025, 2015, 2015), e.args());
  }

  @Test
  void tfrStartingAfterTheBaseYearIsAnError() {
    // before: tfr {2035: 1.8} silently applied 1.8 from 2015
    FertilitySpec.Tfr f = (FertilitySpec.Tfr) target.fertility();
    ScenarioSpec s =
        target.with(
            target.base(),
            new FertilitySpec.Tfr(path(2035, 1.8), f.agePattern(), f.sexRatioAtBirth()),
            target.mortality(),
            target.migration(),
            target.calibration());
    ResolveException e =
        assertThrows(ResolveException.class, () -> ScenarioResolver.resolve(s, data));
    assertEquals("fertility.tfr", e.key());
    assertEquals(ResolveException.Reason.KNOT_AFTER_BASE, e.reason());
  }

  @Test
  void aKnotThatIsNotAPeriodStartNamesThePeriodItWouldMoveTo() {
    KnotPath p = new KnotPath(List.of(new Knot(2015, -1477), new Knot(2023, -1200)));
    ResolveException e =
        assertThrows(
            ResolveException.class,
            () -> ScenarioResolver.resolve(withCounts(p, target.calibration()), data));
    assertEquals(ResolveException.Reason.KNOT_NOT_PERIOD_START, e.reason());
    // 2023 would apply from the period 2025-2030
    assertEquals(List.of(2023, 2025, 2030, 2015, 5), e.args());
  }

  @Test
  void countsFromTheFirstPeriodAfterTheCalibratedOneAreAccepted() {
    // 2015-2020 is the calibration's estimate, so a path starting in 2020 says what holds
    ResolvedScenario r =
        ScenarioResolver.resolve(withCounts(path(2020, -1200), target.calibration()), data);
    assertEquals(2020, r.calibration().year());
    assertEquals(-1200, r.assumptions().get(1).netMigrationAssumed(), 1e-9);
  }
}
