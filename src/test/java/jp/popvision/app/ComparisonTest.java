package jp.popvision.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.popvision.io.InputException;
import jp.popvision.testutil.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparisonTest {
  static final Path SC = TestData.root().resolve("scenarios");

  @TempDir Path tmp;

  @Test
  void decompositionPartsAddUpToTheDifference() throws Exception {
    List<Comparison.Run> runs =
        Comparison.runAll(List.of(SC.resolve("ipss-h30.yaml"), SC.resolve("target.yaml")));
    for (int year : new int[] {2040, 2060}) {
      double[] parts = Comparison.decompose(runs.get(1), runs.get(0), year);
      double diff =
          runs.get(1).projection().at(year).total() - runs.get(0).projection().at(year).total();
      assertEquals(diff, parts[0] + parts[1] + parts[2] + parts[3], 1e-6);
      // both use the WPP 2024 life tables: no mortality part
      assertEquals(0.0, parts[2], 1e-9);
    }
  }

  @Test
  void aScenarioThatDiffersOnlyInFertilityHasOnlyAFertilityPart() throws Exception {
    List<Comparison.Run> runs =
        Comparison.runAll(List.of(SC.resolve("migration-only.yaml"), SC.resolve("target.yaml")));
    double[] parts = Comparison.decompose(runs.get(1), runs.get(0), 2060);
    double diff =
        runs.get(1).projection().at(2060).total() - runs.get(0).projection().at(2060).total();
    assertTrue(diff > 100, "target has more people than migration-only: " + diff);
    assertEquals(diff, parts[1], 1e-6);
    assertEquals(0.0, parts[0], 1e-9);
    assertEquals(0.0, parts[3], 1e-9);
  }

  @Test
  void compareOnTheShippedLibraryWritesEveryTable() throws Exception {
    Path out = tmp.resolve("cmp");
    CompareRun.Result r =
        CompareRun.run(
            new CompareRun.Options(
                List.of(
                    SC.resolve("pattern1.yaml"),
                    SC.resolve("sim1.yaml"),
                    SC.resolve("sim2.yaml"),
                    SC.resolve("fertility-levels")),
                "pattern1",
                out,
                new int[] {2040, 2060},
                null,
                true,
                true,
                jp.popvision.io.Lang.JA,
                false,
                List.of("test"),
                "test",
                new Simulation.ChartOptions(null, jp.popvision.chart.Lang.JA, 75, null)));
    assertEquals(6, r.runs().size());
    for (String f :
        List.of(
            "comparison.csv",
            "structure.csv",
            "impact.csv",
            "decomposition.csv",
            "stages.csv",
            "manifest.json",
            "sim2/population.csv",
            "tfr-186/annual.csv",
            "charts/scenarios_total.png",
            "charts/scenarios_2040.png",
            "charts/scenarios_2070.png")) {
      assertTrue(Files.isRegularFile(out.resolve(f)), f);
    }
    byte[] bytes = Files.readAllBytes(out.resolve("comparison.csv"));
    assertEquals((byte) 0xEF, bytes[0], "--excel writes a UTF-8 BOM");
    List<String> impact = Files.readAllLines(out.resolve("impact.csv"), StandardCharsets.UTF_8);
    // natural = sim1 / pattern1 and social = sim2 / sim1 in 2040, levels from config/analysis.yaml
    String[] natural = impact.get(1).split(",", -1);
    double ratio = 100 * Double.parseDouble(natural[4]) / Double.parseDouble(natural[5]);
    assertEquals(ratio, Double.parseDouble(natural[6]), 0.005);
    int expected = ratio < 100 ? 1 : ratio < 105 ? 2 : ratio < 110 ? 3 : ratio < 115 ? 4 : 5;
    assertEquals(String.valueOf(expected), natural[7]);
    assertTrue(impact.get(2).startsWith("social,2040,sim2,sim1,"), impact.get(2));
    // the inputs say what they share and when migration stops: pattern1's calibration.year 2020
    // with history: shared, sim2's zero_from: 2020 (the scenario files)
    String[] social = impact.get(2).split(",", -1);
    assertEquals("2020", natural[9], "natural: shared history until");
    assertEquals("", natural[10], "sim1 keeps its migration");
    assertEquals("2020", social[9], "social: shared history until");
    assertEquals("2020", social[10], "sim2: zero migration from");
  }

  @Test
  void annualTableInterpolatesLinearly() throws Exception {
    Path out = tmp.resolve("a");
    CompareRun.run(
        new CompareRun.Options(
            List.of(SC.resolve("target.yaml")),
            null,
            out,
            new int[] {2040},
            null,
            true,
            false,
            jp.popvision.io.Lang.JA,
            false,
            List.of("t"),
            "t",
            null));
    List<String> annual = Files.readAllLines(out.resolve("target/annual.csv"));
    List<String> summary = Files.readAllLines(out.resolve("target/summary.csv"));
    double t2015 = Double.parseDouble(summary.get(1).split(",")[2]);
    double t2020 = Double.parseDouble(summary.get(2).split(",")[2]);
    String[] y2017 = annual.get(3).split(",");
    assertEquals("2017", y2017[1]);
    assertEquals(t2015 + 0.4 * (t2020 - t2015), Double.parseDouble(y2017[2]), 0.006);
    assertEquals("true", y2017[10]);
    assertEquals("false", annual.get(6).split(",")[10]);
    assertEquals(1 + 55 + 1, annual.size());
  }

  @Test
  void unknownReferenceIsAnInputError() {
    InputException e =
        assertThrows(
            InputException.class,
            () ->
                CompareRun.run(
                    new CompareRun.Options(
                        List.of(SC.resolve("target.yaml")),
                        "nope",
                        tmp.resolve("x"),
                        new int[] {2040},
                        null,
                        false,
                        false,
                        jp.popvision.io.Lang.JA,
                        false,
                        List.of("t"),
                        "t",
                        null)));
    assertTrue(
        e.getMessage()
            .contains("--reference: value 'nope': not among the scenarios compared: target"),
        e.getMessage());
  }
}
