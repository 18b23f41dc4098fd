package jp.popvision.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jp.popvision.testutil.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "also found" inputs of issue 12: each ends with a readable message and exit 3 (2 for
 * command-line limits), never an internal error (exit 1) or a silent acceptance.
 */
class HostileInputTest {
  @TempDir Path tmp;

  static String target() {
    return TestData.root().resolve("scenarios/target.yaml").toString();
  }

  /** A scenario extending target.yaml with {@code extra} YAML lines. */
  Path scenario(String name, String extra) throws Exception {
    Path f = tmp.resolve(name + ".yaml");
    Files.writeString(
        f,
        "name: "
            + name
            + "\ntitle: t\nextends: "
            + target()
            + "\ndata_dir: "
            + TestData.data()
            + "\n"
            + extra);
    return f;
  }

  static CliTest.Run run(String... args) {
    List<String> a = new ArrayList<>(List.of(args));
    a.add("--lang");
    a.add("en");
    return CliTest.run(a.toArray(String[]::new));
  }

  CliTest.Run simulate(Path scenario) {
    return run(
        "simulate",
        "--scenario",
        scenario.toString(),
        "--out",
        tmp.resolve("o").toString(),
        "--no-charts");
  }

  static void assertInvalid(CliTest.Run r, String expected) {
    assertEquals(3, r.code(), r.err());
    assertTrue(r.err().contains(expected), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void extendsOfAFileThatIsNotAMappingIsAnError() throws Exception {
    for (String text : new String[] {"hello\n", "- a\n- b\n"}) {
      Path p = tmp.resolve("p.yaml");
      Files.writeString(p, text);
      Path s = tmp.resolve("s.yaml");
      Files.writeString(s, "name: s\nextends: p.yaml\n");
      assertInvalid(simulate(s), "p.yaml:1:1: the file named by extends must be a scenario");
      CliTest.Run c = run("compare", s.toString(), "--out", tmp.resolve("c").toString());
      assertInvalid(c, "must be a scenario");
    }
    if (Files.exists(Path.of("/proc/kallsyms"))) {
      Path s = tmp.resolve("k.yaml");
      Files.writeString(s, "name: k\nextends: /proc/kallsyms\n");
      CliTest.Run r = simulate(s);
      assertEquals(3, r.code(), r.err());
      assertFalse(r.err().contains("Exception"), r.err());
    }
  }

  @Test
  void notANumberAndInfinityInNumberListsAreErrors() throws Exception {
    assertInvalid(simulate(scenario("n1", "sensitivity: {contours: [.nan]}\n")), "contours");
    assertInvalid(simulate(scenario("n2", "sensitivity: {tfr_steps: [.inf]}\n")), "tfr_steps");
    assertInvalid(simulate(scenario("n3", "sensitivity: {years: [-.Inf]}\n")), "years");
  }

  @Test
  void aSecondYamlDocumentIsAnError() throws Exception {
    assertInvalid(simulate(scenario("d1", "---\nname: other\n")), "d1.yaml:6:");
    assertInvalid(simulate(scenario("d2", "...\ntrailing text\n")), "d2.yaml:5:");
  }

  @Test
  void aReversedSexRatioRangeIsAnError() throws Exception {
    assertInvalid(simulate(scenario("r", "sensitivity: {srb: [1.2, 0.9]}\n")), "srb");
    CliTest.Run r =
        run(
            "sensitivity",
            "--scenario",
            target(),
            "--srb",
            "1.07,1.03",
            "--out",
            tmp.resolve("o").toString());
    assertEquals(2, r.code(), r.err());
  }

  @Test
  void aGridBeyondTheTotalLimitIsRefusedAtOnce() {
    long t0 = System.nanoTime();
    CliTest.Run r =
        run(
            "sensitivity",
            "--scenario",
            target(),
            "--grid-tfr",
            "0.5:4.0:0.00035",
            "--grid-migration=-1000000:1000000:200",
            "--out",
            tmp.resolve("o").toString());
    assertEquals(2, r.code(), r.err());
    r =
        run(
            "sensitivity",
            "--scenario",
            target(),
            "--grid-tfr",
            "1:2:0.001",
            "--grid-migration=-2000:0:2",
            "--year",
            "2040",
            "--out",
            tmp.resolve("o").toString());
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("more than the limit of 500,000"), r.err());
    assertTrue(System.nanoTime() - t0 < 20e9, "refused without computing");
  }

  @Test
  void compareConfigMustBeASmallRegularFile() throws Exception {
    Path sparse = tmp.resolve("sparse.yaml");
    try (RandomAccessFile f = new RandomAccessFile(sparse.toFile(), "rw")) {
      f.setLength(1L << 30);
    }
    Path fifo = tmp.resolve("fifo");
    new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
    List<String> configs = new ArrayList<>(List.of("/dev/zero", sparse.toString()));
    if (Files.exists(fifo)) {
      configs.add(fifo.toString());
    }
    for (String c : configs) {
      CliTest.Run r = run("compare", target(), "--config", c, "--out", tmp.resolve("o").toString());
      assertEquals(3, r.code(), c + ": " + r.err());
      assertTrue(r.err().contains(c + ": "), r.err());
    }
  }

  @Test
  void backtestBaseYearsWithoutCensusAreErrors() {
    for (String y : new String[] {"1975", "0", "-5"}) {
      CliTest.Run r =
          run("backtest", "--base-year", y, "--out", tmp.resolve("b").toString(), "--no-charts");
      assertTrue(r.code() == 3 || r.code() == 2, y + ": " + r.err());
      assertFalse(r.err().contains("Exception"), r.err());
    }
  }

  @Test
  void compareYearsMustBeProjectedYearsGivenOnce() throws Exception {
    String o = tmp.resolve("c").toString();
    assertInvalid(run("compare", target(), "--year", "2041", "--out", o), "not a projected year");
    assertInvalid(run("compare", target(), "--year", "2040,2040", "--out", o), "given twice");
    assertFalse(Files.exists(Path.of(o)));
  }

  @Test
  void aScenarioNamedLikeTheComparisonsChartFolderIsAnError() throws Exception {
    Path s = scenario("charts", "");
    assertInvalid(
        run("compare", target(), s.toString(), "--out", tmp.resolve("c").toString()),
        "chart folder");
  }

  @Test
  void controlCharactersAndBidiOverridesAreEchoedEscaped() throws Exception {
    Path s = scenario("e", "\"bad\\ekey\\a\\0\": 1\n");
    CliTest.Run r = simulate(s);
    assertEquals(3, r.code(), r.err());
    assertTrue(r.err().contains("bad\\u001Bkey\\u0007\\u0000"), r.err());
    Path t = tmp.resolve("t.yaml");
    Files.writeString(
        t,
        Files.readString(scenario("t", ""))
            .replace("title: t", "title: \"red\\e[31m\\u202Eevil\""));
    CliTest.Run ok = simulate(t);
    assertEquals(0, ok.code(), ok.err());
    assertTrue(ok.out().contains("red\\u001B[31m\\u202Eevil"), ok.out());
    assertFalse(ok.out().contains("\u001B") || ok.out().contains("\u202E"), ok.out());
  }

  @Test
  void aBaseFileThatIsNotAPopulationTableIsNotQuoted() throws Exception {
    Path secret = tmp.resolve("secret.txt");
    Files.writeString(secret, "root:x:0:0:root:/root:/bin/bash\nuser:secret,password,here,1,2\n");
    CliTest.Run r = simulate(scenario("b", "base:\n  file: " + secret + "\n"));
    assertEquals(3, r.code(), r.err());
    assertTrue(r.err().contains("missing column"), r.err());
    assertFalse(r.err().contains("root:x") || r.err().contains("password"), r.err());
  }

  @Test
  void anOutflowLargerThanThePopulationNeverTurnsIntoNetInMigration() throws Exception {
    Path s = tmp.resolve("m.yaml");
    Files.writeString(
        s,
        "name: m\ntitle: m\ndata_dir: "
            + TestData.data()
            + "\nbase: {dataset: census, year: 2015}\nhorizon: 2070\n"
            + "fertility: {method: tfr, tfr: {2015: 1.44}}\nmortality: {life_table: wpp2024}\n"
            + "migration: {method: net-counts, net_counts: {2015: -1000000}, profile_year: 2010,"
            + " timing: end}\n");
    CliTest.Run r = simulate(s);
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("limited"), r.err());
    List<String> rows = Files.readAllLines(tmp.resolve("o/components.csv"));
    for (String row : rows.subList(1, rows.size())) {
      String[] c = row.split(",");
      double start = Double.parseDouble(c[3]);
      double births = Double.parseDouble(c[4]);
      double migration = Double.parseDouble(c[6]);
      double end = Double.parseDouble(c[7]);
      assertTrue(migration <= 0, "an assumed outflow applied as an inflow: " + row);
      assertTrue(end <= start + births, "the population grew by migration: " + row);
    }
  }
}
