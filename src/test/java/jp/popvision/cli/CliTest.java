package jp.popvision.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jp.popvision.testutil.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  /** Runs the command line in an empty environment (never the real one: POPVISION_LANG). */
  static Run run(String... args) {
    return runEnv(Map.of(), args);
  }

  String target() {
    return TestData.root().resolve("scenarios/target.yaml").toString();
  }

  @Test
  void simulateWritesOutputsAndPrintsASummary() throws Exception {
    Path out = tmp.resolve("o");
    Run r = run("simulate", "--scenario", target(), "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    // Japanese by default: persons with 人, change with a true minus and 年 (README figures)
    assertTrue(r.out().contains("2015年     52,444人(基準)"), r.out());
    assertTrue(r.out().contains("2040年     37,585人(2015年比 −28.3%)"), r.out());
    assertTrue(r.out().contains("2040"), r.out());
    assertTrue(r.out().contains("2070"), r.out());
    for (String f :
        new String[] {"population.csv", "summary.csv", "components.csv", "manifest.json"}) {
      assertTrue(Files.isRegularFile(out.resolve(f)), f);
    }
    assertFalse(
        Files.list(tmp).anyMatch(p -> p.getFileName().toString().startsWith(".")),
        "no temporary directory left behind");
  }

  @Test
  void usageErrorsExitTwo() {
    Run r = run("simulate", "--scenari", target());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--scenari"), r.err());
    assertEquals(2, run().code());
    assertEquals(2, run("frobnicate").code());
  }

  @Test
  void invalidScenarioExitsThreeNamingFileLineAndKeyAndWritesNothing() throws Exception {
    Path bad = tmp.resolve("bad.yaml");
    Files.writeString(
        bad, Files.readString(Path.of(target())).replace("horizon: 2070", "horizon: 2073"));
    // data_dir resolves relative to the scenario: point it at the shipped data
    Files.writeString(bad, Files.readString(bad) + "data_dir: " + TestData.data() + "\n");
    Path out = tmp.resolve("o");
    Run r = run("simulate", "--scenario", bad.toString(), "--out", out.toString(), "--lang", "en");
    assertEquals(3, r.code(), r.err());
    assertTrue(
        r.err()
            .contains("error: " + bad + ":12:10: horizon: value '2073': must be a multiple of 5"),
        r.err());
    assertTrue(r.err().contains("nothing was written"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    assertFalse(Files.exists(out));
    // Japanese by default, with the same place, key and value
    Run ja = run("simulate", "--scenario", bad.toString(), "--out", out.toString());
    assertEquals(3, ja.code(), ja.err());
    assertTrue(
        ja.err().contains("エラー: " + bad + ":12:10: horizon: 値「2073」: 2020〜2120 の 5 の倍数にしてください"),
        ja.err());
    assertTrue(ja.err().contains("問題が 1 件あります。何も書き出していません。"), ja.err());
  }

  @Test
  void missingScenarioFileExitsThree() {
    Run r = run("--lang", "en", "simulate", "--scenario", tmp.resolve("nope.yaml").toString());
    assertEquals(3, r.code());
    assertTrue(r.err().contains("nope.yaml: scenario file not found"), r.err());
  }

  @Test
  void refusesToReplaceADirectoryItDidNotWriteEvenWithForce() throws Exception {
    Path out = tmp.resolve("mine");
    Files.createDirectories(out);
    Files.writeString(out.resolve("notes.txt"), "keep me");
    for (String force : new String[] {"--quiet", "--force"}) {
      Run r = run("simulate", "--scenario", target(), "--out", out.toString(), force);
      assertEquals(3, r.code(), r.err());
      assertTrue(r.err().contains(".popvision-run.json"), r.err());
      assertEquals("keep me", Files.readString(out.resolve("notes.txt")));
      assertEquals(1, Files.list(out).count());
    }
  }

  @Test
  void aWebAppsManifestAndAPhotoBesideChartsJsonSurvive() throws Exception {
    Path web = tmp.resolve("webapp");
    Files.createDirectories(web.resolve("src"));
    Files.writeString(web.resolve("manifest.json"), "{\"name\":\"app\"}");
    Files.writeString(web.resolve("src/index.js"), "code");
    Path pics = tmp.resolve("pics");
    Files.createDirectories(pics);
    Files.writeString(pics.resolve("charts.json"), "{}");
    Files.writeString(pics.resolve("photo.png"), "photo");
    for (String force : new String[] {"--quiet", "--force"}) {
      Run r = run("simulate", "--scenario", target(), "--out", web.toString(), force);
      assertEquals(3, r.code(), r.err());
      Path o = tmp.resolve("o");
      Run c =
          run(
              "simulate",
              "--scenario",
              target(),
              "--out",
              o.toString(),
              "--charts",
              pics.toString(),
              force);
      assertEquals(3, c.code(), c.err());
      assertFalse(Files.exists(o), "nothing written when the chart directory is refused");
    }
    assertEquals("code", Files.readString(web.resolve("src/index.js")));
    assertEquals("photo", Files.readString(pics.resolve("photo.png")));
  }

  @Test
  void theCurrentDataAndScenarioDirectoriesAreNeverOutputDirectories() throws Exception {
    Path root = TestData.root();
    for (String dir :
        new String[] {
          ".",
          "",
          root.toString(),
          TestData.data().toString(),
          root.resolve("scenarios").toString(),
          "/",
          System.getProperty("user.home")
        }) {
      Run r =
          run(
              "simulate",
              "--scenario",
              target(),
              "--out",
              dir,
              "--force",
              "--no-charts",
              "--lang",
              "en");
      assertEquals(3, r.code(), dir + ": " + r.err());
      assertTrue(r.err().contains("is or contains"), r.err());
    }
    assertTrue(Files.isRegularFile(root.resolve("scenarios/target.yaml")));
  }

  @Test
  void anUnwritableChartDirectoryLeavesTheTablesUntouched() throws Exception {
    Path out = tmp.resolve("o");
    Path charts = tmp.resolve("c");
    assertEquals(
        0,
        run(
                "simulate",
                "--scenario",
                target(),
                "--out",
                out.toString(),
                "--charts",
                charts.toString())
            .code());
    String before = Files.readString(out.resolve("manifest.json"));
    Files.setLastModifiedTime(
        out.resolve("summary.csv"), java.nio.file.attribute.FileTime.fromMillis(0));
    // a chart location that cannot be written (read-only when not root; under a file always)
    Path blocked = tmp.resolve("a-file");
    Files.writeString(blocked, "x");
    for (Path c : List.of(blocked.resolve("c"), charts)) {
      boolean readOnly = c.equals(charts);
      if (readOnly) {
        charts.toFile().setWritable(false);
        if (Files.isWritable(charts)) {
          continue; // root writes anyway
        }
      }
      try {
        Run r =
            run(
                "simulate",
                "--scenario",
                target(),
                "--out",
                out.toString(),
                "--charts",
                c.toString(),
                "--excel",
                "--lang",
                "en");
        assertEquals(3, r.code(), r.err());
        assertTrue(r.err().contains("nothing was changed"), r.err());
        assertEquals(before, Files.readString(out.resolve("manifest.json")));
        assertEquals(0, Files.getLastModifiedTime(out.resolve("summary.csv")).toMillis());
      } finally {
        charts.toFile().setWritable(true);
      }
    }
  }

  @Test
  void helpAndVersion() {
    Run help = run("--help");
    assertEquals(0, help.code());
    assertTrue(help.out().contains("simulate"), help.out());
    Run v = run("--version");
    assertEquals(0, v.code());
    assertTrue(v.out().startsWith("popvision "), v.out());
    Run sh = run("simulate", "--help");
    assertTrue(sh.out().contains("--scenario"), sh.out());
  }

  static Run runEnv(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), env).execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void languageFromTheOptionBeforeOrAfterTheCommandOrFromTheEnvironment() {
    String nope = tmp.resolve("nope.yaml").toString();
    String en = "scenario file not found";
    String ja = "シナリオファイルが見つかりません";
    assertTrue(runEnv(Map.of(), "simulate", "-s", nope).err().contains(ja));
    assertTrue(runEnv(Map.of(), "--lang", "en", "simulate", "-s", nope).err().contains(en));
    assertTrue(runEnv(Map.of(), "simulate", "-s", nope, "--lang", "en").err().contains(en));
    assertTrue(runEnv(Map.of("POPVISION_LANG", "en"), "simulate", "-s", nope).err().contains(en));
    assertTrue(runEnv(Map.of("POPVISION_LANG", "en_US.UTF-8"), "compare", nope).err().contains(en));
    // the option wins over the environment
    assertTrue(
        runEnv(Map.of("POPVISION_LANG", "en"), "simulate", "-s", nope, "--lang", "ja")
            .err()
            .contains(ja));
    assertTrue(runEnv(Map.of("POPVISION_LANG", "xx"), "backtest", "-s", nope).err().contains(ja));
    Run bad = runEnv(Map.of(), "simulate", "--lang", "fr");
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("値「fr」は使えません。ja か en を指定してください"), bad.err());
    Run badEn = runEnv(Map.of("POPVISION_LANG", "en"), "simulate", "--lang", "fr");
    assertTrue(badEn.err().contains("value 'fr' is not allowed; use ja or en"), badEn.err());
  }

  @Test
  void implausibleValuesAreWarningsOnStderrAndInTheManifestNotErrors() throws Exception {
    Path s = tmp.resolve("high.yaml");
    Files.writeString(
        s,
        "extends: "
            + target()
            + "\nname: high\ntitle: 高い出生率\ndata_dir: "
            + TestData.data()
            + "\n"
            + "fertility:\n  method: tfr\n  tfr: {2015: 1.44, 2030: 2.8}\n  sex_ratio_at_birth: 1.1\n");
    Path out = tmp.resolve("o");
    Run ja = run("simulate", "--scenario", s.toString(), "--out", out.toString());
    assertEquals(0, ja.code(), ja.err());
    assertTrue(ja.err().contains("警告: 2030〜2035 年: 合計特殊出生率 2.80 は通常の範囲 0.8〜2.5 の外です"), ja.err());
    assertTrue(ja.err().contains("警告: 2015〜2020 年: 出生性比 1.100 は通常の範囲 1.03〜1.08 の外です"), ja.err());
    Run en = run("simulate", "--scenario", s.toString(), "--out", out.toString(), "--lang", "en");
    assertEquals(0, en.code(), en.err());
    assertTrue(
        en.err().contains("warning: 2030-2035: TFR 2.80 is outside the usual range 0.8–2.5"),
        en.err());
    String manifest = Files.readString(out.resolve("manifest.json"));
    assertTrue(manifest.contains("\"code\" : \"tfr\""), manifest);
    assertTrue(manifest.contains("\"code\" : \"sex_ratio_at_birth\""), manifest);
    assertTrue(manifest.contains("TFR 2.80 is outside the usual range"), manifest);
  }

  @Test
  void cohortsHalvedByMigrationAndLimitsAreWarned() throws Exception {
    // a fixed count of -1,477 per 5 years with TFR 1.44 (the old baseline) runs out of young people
    Path scenario = tmp.resolve("fixed-count.yaml");
    Files.writeString(
        scenario,
        "extends: "
            + TestData.root().resolve("scenarios/target.yaml").toString().replace('\\', '/')
            + "\ndata_dir: "
            + TestData.data().toString().replace('\\', '/')
            + "\nname: fixed-count\nfertility:\n  tfr: {2015: 1.44}\n"
            + "migration:\n  net_counts: {2015: -1477}\n  basis: census\n");
    Path out = tmp.resolve("o");
    Run r =
        run(
            "simulate",
            "--scenario",
            scenario.toString(),
            "--out",
            out.toString(),
            "--no-charts",
            "--lang",
            "en");
    assertEquals(0, r.code(), r.err());
    assertTrue(
        r.err().contains("warning: 2060-2065: net migration took more than half of"), r.err());
    assertTrue(
        r.err().contains("warning: 2060-2065: net out-migration exceeded 4 cohort(s)"), r.err());
    assertTrue(r.err().contains("warning: 2070: 10 sex × age group(s) hold less than 1%"), r.err());
    // the printed summary says it too, not only stderr
    assertTrue(
        r.out().contains("caution: net out-migration was limited at zero in 2 period(s) from 2060"),
        r.out());
    assertTrue(r.out().contains("caution: by 2070, 10 sex × age group(s)"), r.out());
    String manifest = Files.readString(out.resolve("manifest.json"));
    assertTrue(manifest.contains("\"code\" : \"cohort_halved\""), manifest);
    assertTrue(manifest.contains("\"code\" : \"migration_limited\""), manifest);
    assertTrue(manifest.contains("\"code\" : \"near_empty\""), manifest);
  }

  @Test
  void scenarioNamesThatDifferOnlyInCaseCannotShareACompareDirectory() throws Exception {
    Path a = tmp.resolve("a.yaml");
    Path b = tmp.resolve("b.yaml");
    String body =
        "title: t\ndata_dir: "
            + TestData.data()
            + "\nbase: {dataset: census, year: 2015}\nhorizon: 2025\n"
            + "fertility: {method: tfr, tfr: {2015: 1.44}}\nmigration: {method: zero}\n";
    Files.writeString(a, "name: Target\n" + body);
    Files.writeString(b, "name: target\n" + body);
    Run r =
        run(
            "compare",
            a.toString(),
            b.toString(),
            "--out",
            tmp.resolve("o").toString(),
            "--lang",
            "en");
    assertEquals(3, r.code(), r.err());
    assertTrue(
        r.err().contains(b + ":1:1: name: two scenarios share this name (ignoring case)"), r.err());
    assertFalse(Files.exists(tmp.resolve("o")));
  }
}
