package jp.popvision.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jp.popvision.cli.CliTest.Run;
import jp.popvision.testutil.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sensitivity, solve and uncertainty from the command line: files, exit codes, messages. */
class AnalysisCommandsTest {
  @TempDir Path tmp;

  static String target() {
    return TestData.root().resolve("scenarios/target.yaml").toString();
  }

  static String ipss() {
    return TestData.root().resolve("scenarios/ipss-h30.yaml").toString();
  }

  @Test
  void sensitivityWritesTornadoAndGridWhoseCellAtTheScenarioIsTheSimulateRun() throws Exception {
    Path out = tmp.resolve("s");
    // target with its counts on the census basis, so that -1,200 is a grid point
    Path census = tmp.resolve("target-census.yaml");
    java.nio.file.Files.writeString(
        census,
        "extends: "
            + target().replace('\\', '/')
            + "\ndata_dir: "
            + TestData.data().toString().replace('\\', '/')
            + "\nname: target-census\nmigration:\n  basis: census\n");
    Run r =
        CliTest.run(
            "sensitivity",
            "--scenario",
            census.toString(),
            "--year",
            "2060",
            "--grid-tfr",
            "1.46:2.26:0.1",
            "--grid-migration",
            "-2000:500:100",
            "--out",
            out.toString(),
            "--lang",
            "en");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("TFR level 1.86 (reached 2030)"), r.out());
    List<Map<String, String>> tornado = TestData.csv(out.resolve("tornado.csv"));
    assertEquals(3 * 6, tornado.size());
    assertEquals("1", tornado.get(0).get("rank"));
    List<Map<String, String>> grid = TestData.csv(out.resolve("grid.csv"));
    assertEquals(9 * 26, grid.size());
    Map<String, String> cell =
        grid.stream()
            .filter(m -> m.get("tfr").equals("1.8600") && m.get("net_migration").equals("-1200.00"))
            .findFirst()
            .orElseThrow();
    Path sim = tmp.resolve("sim");
    assertEquals(
        0,
        CliTest.run("simulate", "--scenario", census.toString(), "--out", sim.toString()).code());
    Map<String, String> y2060 =
        TestData.csv(sim.resolve("summary.csv")).stream()
            .filter(m -> m.get("year").equals("2060"))
            .findFirst()
            .orElseThrow();
    assertEquals(y2060.get("total"), cell.get("total"));
    assertEquals(y2060.get("age_0_14"), cell.get("age_0_14"));
    assertEquals(y2060.get("age_65_plus"), cell.get("age_65_plus"));
    assertTrue(Files.isRegularFile(out.resolve("manifest.json")));
    // charts with --out go to <out>/charts, with their index
    for (String png : List.of("tornado_2060.png", "heatmap_2060.png", "charts.json")) {
      assertTrue(Files.isRegularFile(out.resolve("charts").resolve(png)), png);
    }
    assertTrue(r.out().contains("Wrote " + out.resolve("charts")), r.out());
  }

  @Test
  void sensitivityRejectsAYearAfterTheHorizonAsUsageAndAScenarioWithoutLeversAsInput() {
    Run late =
        CliTest.run(
            "sensitivity",
            "--scenario",
            target(),
            "--year",
            "2080",
            "--out",
            tmp.resolve("a").toString());
    assertEquals(
        2,
        CliTest.run("sensitivity", "--scenario", target(), "--no-charts", "--dpi", "100").code());
    assertEquals(2, late.code(), late.err());
    assertTrue(late.err().contains("--year 2080"), late.err());
    Run bad = CliTest.run("sensitivity", "--scenario", target(), "--grid-tfr", "2:1:0.1");
    assertEquals(2, bad.code(), bad.err());
    Run noLever =
        CliTest.run("sensitivity", "--scenario", ipss(), "--out", tmp.resolve("b").toString());
    assertEquals(3, noLever.code(), noLever.err());
    assertTrue(
        noLever.err().contains("fertility.method: 合計特殊出生率の要因には fertility.method: tfr が必要です"),
        noLever.err());
    assertFalse(Files.exists(tmp.resolve("b")));
  }

  @Test
  void solveWritesTheSolutionAndItsCheckRun() throws Exception {
    Path out = tmp.resolve("solve");
    Run r =
        CliTest.run(
            "solve",
            "--scenario",
            target(),
            "--lever",
            "migration",
            "--target-year",
            "2060",
            "--target-population",
            "40000",
            "--out",
            out.toString());
    assertEquals(0, r.code(), r.err());
    List<Map<String, String>> rows = TestData.csv(out.resolve("solution.csv"));
    assertEquals(1, rows.size());
    Map<String, String> s = rows.get(0);
    assertEquals("migration", s.get("lever"));
    assertEquals("2060", s.get("target_year"));
    assertEquals(40_000, Double.parseDouble(s.get("achieved_population")), 40);
    // the check run's summary agrees
    double summary2060 =
        TestData.csv(out.resolve("summary.csv")).stream()
            .filter(m -> m.get("year").equals("2060"))
            .mapToDouble(m -> Double.parseDouble(m.get("total")))
            .findFirst()
            .orElseThrow();
    assertEquals(Double.parseDouble(s.get("achieved_population")), summary2060, 0.01);
    // the assumptions show the solved migration from 2020 on; 2015-2020 stays calibrated as in
    // simulate
    List<Map<String, String>> a = TestData.csv(out.resolve("assumptions.csv"));
    Path sim = tmp.resolve("sim");
    assertEquals(
        0, CliTest.run("simulate", "--scenario", target(), "--out", sim.toString()).code());
    List<Map<String, String>> simA = TestData.csv(sim.resolve("assumptions.csv"));
    assertEquals(simA.get(0), a.get(0));
    assertEquals("2020", s.get("applies_from"));
    for (Map<String, String> row : a.subList(1, a.size())) {
      assertEquals(s.get("value"), row.get("net_migration_assumed"));
    }
    // target states its counts as register social change: the answer is also given in those terms,
    // by the ratio the run used (assumptions.csv), and printed
    assertEquals("register", s.get("net_migration_basis"));
    assertEquals(a.get(1).get("register_to_census_ratio"), s.get("register_to_census_ratio"));
    double ratio = Double.parseDouble(a.get(1).get("register_to_census_ratio"));
    assertEquals(
        Double.parseDouble(s.get("value")) / ratio,
        Double.parseDouble(s.get("register_value")),
        0.05);
    assertTrue(r.out().contains("住民基本台帳の社会増減では"), r.out());
  }

  @Test
  void unreachableTargetExitsThreeWithTheBestAchievableAndWritesNothing() {
    Path out = tmp.resolve("none");
    Run r =
        CliTest.run(
            "solve",
            "--scenario",
            target(),
            "--lever",
            "tfr",
            "--target-year",
            "2060",
            "--target-population",
            "80000",
            "--out",
            out.toString());
    assertEquals(3, r.code(), r.err());
    assertTrue(r.err().contains("tfr を 0.50〜4.00 の範囲で変えても届きません。最も近いのは "), r.err());
    assertTrue(r.err().contains("(tfr 4.00)"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void solveUsageErrors() {
    assertEquals(
        2,
        CliTest.run(
                "solve",
                "--scenario",
                target(),
                "--target-year",
                "2060",
                "--target-population",
                "40000")
            .code());
    assertEquals(
        2,
        CliTest.run(
                "solve",
                "--scenario",
                target(),
                "--lever",
                "fertility",
                "--target-year",
                "2060",
                "--target-population",
                "40000")
            .code());
    assertEquals(
        2,
        CliTest.run(
                "solve",
                "--scenario",
                target(),
                "--lever",
                "tfr",
                "--target-year",
                "2062",
                "--target-population",
                "40000")
            .code());
    assertEquals(
        2,
        CliTest.run(
                "solve",
                "--scenario",
                target(),
                "--lever",
                "tfr",
                "--target",
                "share_65_plus",
                "--target-year",
                "2060",
                "--target-population",
                "40")
            .code());
  }

  @Test
  void uncertaintyIsIdenticalWithOneAndTwoThreads() throws Exception {
    Path one = tmp.resolve("one");
    Path two = tmp.resolve("two");
    Run a =
        CliTest.run(
            "uncertainty",
            "--scenario",
            target(),
            "--trajectories",
            "2000",
            "--threads",
            "1",
            "--out",
            one.toString());
    assertTrue(Files.isRegularFile(one.resolve("charts/fan_chart.png")));
    Run b =
        CliTest.run(
            "uncertainty",
            "--scenario",
            target(),
            "--trajectories",
            "2000",
            "--threads",
            "2",
            "--out",
            two.toString(),
            "--no-charts");
    assertEquals(0, a.code(), a.err());
    assertEquals(0, b.code(), b.err());
    String q = Files.readString(one.resolve("quantiles.csv"));
    assertEquals(q, Files.readString(two.resolve("quantiles.csv")));
    assertTrue(
        q.startsWith("scenario,year,indicator,p2_5,p10,p25,p50,p75,p90,p97_5,mean,deterministic\n"),
        q);
    assertEquals(1 + 12 * 4, q.lines().count());
    assertFalse(a.err().contains("\r"), "no progress bar when not on a terminal");
    assertTrue(Files.readString(one.resolve("manifest.json")).contains("\"seed\" : 20240601"));
  }

  @Test
  void uncertaintyNeedsItsBlock() {
    Run r =
        CliTest.run(
            "--lang",
            "en",
            "uncertainty",
            "--scenario",
            ipss(),
            "--out",
            tmp.resolve("u").toString());
    assertEquals(3, r.code(), r.err());
    assertTrue(r.err().contains("uncertainty: the scenario has no uncertainty: block"), r.err());
  }

  @Test
  void helpListsTheNewCommands() {
    Run help = CliTest.run("--help");
    for (String c : List.of("sensitivity", "solve", "uncertainty", "bench")) {
      assertTrue(help.out().contains(c), help.out());
    }
  }

  @Test
  void fastPathCommandsSayWhatTheAreaFilledIn() throws Exception {
    // a TFR knot written `area` is filled with the area's Bayesian estimate (朝倉市 1.44, the
    // 2008-2012 estimate in data/); sensitivity and solve work on the filled scenario and must
    // still say so, once, like simulate
    Path yaml = tmp.resolve("t-area.yaml");
    Files.writeString(
        yaml,
        "extends: "
            + target().replace('\\', '/')
            + "\ndata_dir: "
            + TestData.data().toString().replace('\\', '/')
            + "\nname: t-area\nfertility:\n  tfr:\n    2015: area\n    2020: 1.69\n    2030: 1.86\n");
    String note = "area と書かれた合計特殊出生率の節点は 福岡県朝倉市 (40228) のベイズ推定値(2008〜2012年)1.44 です";
    String basis = "住民基本台帳の社会増減で書かれた純移動数";
    Run sens =
        CliTest.run(
            "sensitivity",
            "--scenario",
            yaml.toString(),
            "--no-charts",
            "--out",
            tmp.resolve("s").toString());
    Run solve =
        CliTest.run(
            "solve",
            "--scenario",
            yaml.toString(),
            "--lever",
            "tfr",
            "--target-year",
            "2060",
            "--target-population",
            "25000",
            "--out",
            tmp.resolve("v").toString());
    for (Run r : List.of(sens, solve)) {
      assertEquals(0, r.code(), r.err());
      assertTrue(r.err().contains(note), r.err());
      assertEquals(1, r.err().split(basis, -1).length - 1, r.err());
    }
    for (String dir : List.of("s", "v")) {
      String manifest = Files.readString(tmp.resolve(dir).resolve("manifest.json"));
      assertTrue(manifest.contains("TFR knots written area"), dir + ": " + manifest);
    }
  }
}
