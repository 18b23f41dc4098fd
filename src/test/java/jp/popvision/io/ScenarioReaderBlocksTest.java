package jp.popvision.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import jp.popvision.scenario.ScenarioSpec;
import jp.popvision.scenario.SensitivitySpec;
import jp.popvision.scenario.UncertaintySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sensitivity: and uncertainty: blocks of a scenario file. */
class ScenarioReaderBlocksTest {
  @TempDir Path dir;

  Path write(String text) throws Exception {
    Files.createDirectories(dir.resolve("data/municipalities"));
    Files.createDirectories(dir.resolve("sc"));
    Path f = dir.resolve("sc/s.yaml");
    Files.writeString(f, text);
    return f;
  }

  String problems(String text) throws Exception {
    Path f = write(text);
    InputException e = assertThrows(InputException.class, () -> ScenarioReader.read(f));
    return e.problems().stream().map(Problem::format).collect(Collectors.joining("\n"));
  }

  static final String BLOCKS =
      ScenarioReaderTest.VALID
          + """
          sensitivity:
            years: [2040, 2060]
            tfr_steps: [0.1, 0.25]
            migration_steps: 200
            srb: [1.02, 1.08]
            grid_tfr: {from: 1.2, to: 2.2, step: 0.05}
            grid_migration: {from: -2000, to: 500, step: 100}
            contours: [30000, 40000]
          uncertainty:
            trajectories: 5000
            seed: 99
            tfr: {sd: 0.15, autocorrelation: 0.9}
            e0: {sd: 1, autocorrelation: 1}
          """;

  @Test
  void readsBothBlocks() throws Exception {
    ScenarioSpec s = ScenarioReader.read(write(BLOCKS)).spec();
    SensitivitySpec x = s.sensitivity();
    assertEquals(List.of(2040, 2060), x.years());
    assertEquals(List.of(0.1, 0.25), x.tfrSteps());
    assertEquals(List.of(200.0), x.migrationSteps());
    assertNull(x.e0Steps());
    assertEquals(List.of(1.02, 1.08), x.srbValues());
    assertEquals(21, x.gridTfr().values().length);
    assertEquals(1.85, x.gridTfr().values()[13], 0.0);
    assertEquals(26, x.gridMigration().values().length);
    assertEquals(List.of(30_000.0, 40_000.0), x.contours());
    UncertaintySpec u = s.uncertainty();
    assertEquals(5000, u.trajectories());
    assertEquals(99, u.seed());
    assertEquals(new UncertaintySpec.Noise(0.15, 0.9), u.tfr());
    assertNull(u.netMigration());
    assertEquals(new UncertaintySpec.Noise(1, 1), u.e0());
  }

  @Test
  void scenariosWithoutTheBlocksHaveNone() throws Exception {
    ScenarioSpec s = ScenarioReader.read(write(ScenarioReaderTest.VALID)).spec();
    assertNull(s.sensitivity());
    assertNull(s.uncertainty());
  }

  @Test
  void everyProblemInTheBlocksIsReportedWithItsPlace() throws Exception {
    String text =
        BLOCKS
            .replace("years: [2040, 2060]", "years: [2040, 2063, 2090]")
            .replace("tfr_steps: [0.1, 0.25]", "tfr_steps: [0.1, 0]")
            .replace("srb: [1.02, 1.08]", "srb: [1.02]")
            .replace(
                "grid_tfr: {from: 1.2, to: 2.2, step: 0.05}",
                "grid_tfr: {from: 2.2, to: 1.2, step: 0.05}")
            .replace("contours: [30000, 40000]", "contuors: [30000, 40000]")
            .replace("tfr: {sd: 0.15, autocorrelation: 0.9}", "tfr: {sd: 1.5}")
            .replace("trajectories: 5000", "trajectories: 5");
    String msg = problems(text);
    assertTrue(
        msg.contains(
            "s.yaml:17:17: sensitivity.years: value '2063': each year must be a multiple of 5"),
        msg);
    // beyond the horizon is checked by the command that uses the years (a scenario extending
    // this one may change its horizon)
    assertFalse(msg.contains("sensitivity.years: value '2090'"), msg);
    assertTrue(msg.contains("sensitivity.tfr_steps: value '0': steps must be positive"), msg);
    assertTrue(msg.contains("sensitivity.srb: give two sex ratios"), msg);
    assertTrue(msg.contains("sensitivity.grid_tfr: to (1.2) must not be below from (2.2)"), msg);
    assertTrue(msg.contains("sensitivity.contuors: unknown key; did you mean 'contours'?"), msg);
    assertTrue(msg.contains("uncertainty.tfr.sd: value '1.5': must be from 0 to 1"), msg);
    assertTrue(msg.contains("uncertainty.tfr.autocorrelation: missing required key"), msg);
    assertTrue(
        msg.contains("uncertainty.trajectories: value '5': must be from 10 to 1,000,000"), msg);
  }

  @Test
  void noiseNeedsTheMethodItPerturbs() throws Exception {
    String text =
        BLOCKS
            .replace("method: net-counts", "method: zero")
            .replace("  net_counts:\n    2015: -1000\n  timing: even\n", "")
            .replace(
                "e0: {sd: 1, autocorrelation: 1}", "net_migration: {sd: 100, autocorrelation: 0}");
    String msg = problems(text);
    assertTrue(msg.contains("uncertainty.net_migration: needs migration.method: net-counts"), msg);
    String none =
        problems(
            BLOCKS
                .replace("  tfr: {sd: 0.15, autocorrelation: 0.9}\n", "")
                .replace("  e0: {sd: 1, autocorrelation: 1}\n", ""));
    assertTrue(none.contains("give at least one of tfr, net_migration, e0"), none);
  }
}
