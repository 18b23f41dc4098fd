package jp.popvision.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import jp.popvision.scenario.FertilitySpec;
import jp.popvision.scenario.MigrationSpec;
import jp.popvision.scenario.ScenarioSpec;
import jp.popvision.testutil.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtendsTest {
  @TempDir Path dir;

  @Test
  void shippedVariantsOverrideOnlyWhatTheySay() throws Exception {
    ScenarioSpec s =
        ScenarioReader.read(TestData.root().resolve("scenarios/strategy-2024.yaml")).spec();
    assertEquals("strategy-2024", s.name());
    FertilitySpec.Tfr f = (FertilitySpec.Tfr) s.fertility();
    // the path is replaced whole: 1.69 from 2020 on, no 1.86 knot left over from target
    assertEquals(2, f.tfr().knots().size());
    assertEquals(1.69, f.tfr().linearAt(2050), 0.0);
    // migration and calibration come from target
    MigrationSpec.NetCounts m = (MigrationSpec.NetCounts) s.migration();
    assertEquals(-1200, m.perPeriod().stepAt(2030), 0.0);
    assertEquals(2020, s.calibration().year());

    ScenarioSpec sim2 = ScenarioReader.read(TestData.root().resolve("scenarios/sim2.yaml")).spec();
    MigrationSpec.Switch sw = (MigrationSpec.Switch) sim2.migration();
    assertEquals(2020, sw.fromYear());
    assertTrue(sw.first() instanceof MigrationSpec.NetRates);
    FertilitySpec.ChildWomanRatio c = (FertilitySpec.ChildWomanRatio) sim2.fertility();
    // sim1's path: 2015: area (the area's Bayesian TFR, filled in at resolve), 2030: 2.1
    assertTrue(Double.isNaN(c.tfr().knots().get(0).value()));
    assertEquals(2.1, c.tfr().knots().get(1).value(), 0.0);
  }

  @Test
  void problemsInTheExtendedFileNameThatFile() throws Exception {
    Files.createDirectories(dir.resolve("data/municipalities"));
    Files.writeString(dir.resolve("parent.yaml"), "name: p\ntitle: t\nhorizn: 2060\n");
    Files.writeString(dir.resolve("child.yaml"), "extends: parent.yaml\nname: c\n");
    InputException e =
        assertThrows(InputException.class, () -> ScenarioReader.read(dir.resolve("child.yaml")));
    String msg = e.getMessage();
    assertTrue(msg.contains("parent.yaml:3:1: horizn: unknown key; did you mean 'horizon'?"), msg);
    assertTrue(msg.contains("child.yaml"), msg);
  }

  @Test
  void cyclesAndMissingNamesAreReported() throws Exception {
    Files.writeString(dir.resolve("a.yaml"), "extends: b.yaml\nname: a\n");
    Files.writeString(dir.resolve("b.yaml"), "extends: a.yaml\nname: b\n");
    InputException e =
        assertThrows(InputException.class, () -> ScenarioReader.read(dir.resolve("a.yaml")));
    assertTrue(e.getMessage().contains("cycle"), e.getMessage());
    Files.writeString(dir.resolve("c.yaml"), "extends: a.yaml\ntitle: x\n");
    e = assertThrows(InputException.class, () -> ScenarioReader.read(dir.resolve("c.yaml")));
    assertTrue(e.getMessage().contains("needs its own name"), e.getMessage());
  }

  @Test
  void aBaseFileReplacesTheExtendedScenariosDatasetAndKeepsItsYear() throws Exception {
    Path csv = TestData.root().resolve("src/test/resources/good/census-2015-utf8.csv");
    Files.writeString(
        dir.resolve("own.yaml"),
        "extends: "
            + TestData.root().resolve("scenarios/target.yaml")
            + "\nname: own\ndata_dir: "
            + TestData.data()
            + "\nbase:\n  file: "
            + csv
            + "\n");
    ScenarioSpec s = ScenarioReader.read(dir.resolve("own.yaml")).spec();
    assertEquals(null, s.base().dataset());
    assertEquals(csv, s.base().file().path());
    assertEquals(2015, s.base().year());
    // and the reverse: a dataset replaces an extended base file
    Files.writeString(
        dir.resolve("back.yaml"), "extends: own.yaml\nname: back\nbase:\n  dataset: ipss-h30\n");
    ScenarioSpec b = ScenarioReader.read(dir.resolve("back.yaml")).spec();
    assertEquals(jp.popvision.scenario.Dataset.IPSS_H30, b.base().dataset());
    assertEquals(null, b.base().file());
  }

  @Test
  void aProblemFoundWhenResolvingAKeyOfTheExtendedFileNamesThatFile() throws Exception {
    Files.writeString(
        dir.resolve("late.yaml"),
        "extends: "
            + TestData.root().resolve("scenarios/target.yaml")
            + "\nname: late\ndata_dir: "
            + TestData.data()
            + "\nhorizon: 2040\n");
    ScenarioReader.ScenarioFile f = ScenarioReader.read(dir.resolve("late.yaml"));
    Problem p = f.problemAt("calibration.year", Msg.TEXT, "x");
    assertTrue(p.file().endsWith("scenarios/target.yaml"), p.file());
    assertEquals(f.shown(), f.problemAt("horizon", Msg.TEXT, "x").file());
  }
}
