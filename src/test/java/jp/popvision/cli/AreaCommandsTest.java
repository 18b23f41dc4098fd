package jp.popvision.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.popvision.testutil.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Areas end to end through the command line, against the shipped national tables read here
 * independently of io (plain line splitting): IPSS 2018 reproduced for every area that has it,
 * three very different areas by name and code, and the inputs that must stop a run (exit 3).
 */
class AreaCommandsTest {
  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), Map.of())
            .execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  static String scenario(String name) {
    return TestData.root().resolve("scenarios/" + name).toString();
  }

  static final Path MUNI = TestData.data().resolve("municipalities");

  /** area|year|sex|age_from → persons, from a wide file of data/municipalities. */
  static Map<String, Double> wideCells(Path file) throws IOException {
    Map<String, Double> out = new HashMap<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    String[] header = lines.get(0).split(",");
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split(",");
      for (int i = 0; i < header.length; i++) {
        if (header[i].startsWith("age_") && !header[i].equals("age_unknown")) {
          String from = header[i].split("_")[1];
          out.put(c[0] + "|" + c[1] + "|" + c[2] + "|" + from, Double.parseDouble(c[i]));
        }
      }
    }
    return out;
  }

  @Test
  void ipssH30ForAllAreasReproducesIpss2018WithinOnePersonInEveryCell() throws IOException {
    Path out = tmp.resolve("h30");
    Run r =
        run(
            "simulate",
            "-s",
            scenario("ipss-h30.yaml"),
            "--area",
            "all",
            "--no-charts",
            "-o",
            out.toString(),
            "--lang",
            "en");
    assertEquals(0, r.code(), r.err());
    Map<String, Double> ipss = wideCells(MUNI.resolve("ipss_h30_2018_age5_sex_2015_2045.csv"));
    Set<String> ipssAreas = new HashSet<>();
    ipss.keySet().forEach(k -> ipssAreas.add(k.split("\\|")[0]));
    Set<String> areas = new HashSet<>();
    int cells = 0;
    double worst = 0;
    try (BufferedReader in = Files.newBufferedReader(out.resolve("population.csv"))) {
      assertEquals("area_code,scenario,year,sex,age_from,age_to,population", in.readLine());
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] c = line.split(",");
        int year = Integer.parseInt(c[2]);
        if (year < 2020 || year > 2045) {
          continue;
        }
        Double want = ipss.get(c[0] + "|" + c[2] + "|" + c[3] + "|" + c[4]);
        assertTrue(want != null, "no IPSS cell for " + line);
        double diff = Math.abs(Double.parseDouble(c[6]) - want);
        worst = Math.max(worst, diff);
        assertTrue(diff <= 1.0, line + " vs IPSS 2018 " + want);
        areas.add(c[0]);
        cells++;
      }
    }
    System.out.printf(
        java.util.Locale.ROOT,
        "IPSS 2018 reproduced: %d areas (of %d with IPSS 2018), %d sex x age cells 2020-2045,"
            + " largest difference %.3f persons%n",
        areas.size(),
        ipssAreas.size(),
        cells,
        worst);
    // 1,681 areas have IPSS 2018; 6 tiny villages have an empty cohort (ratio 0/0) and are listed
    assertTrue(areas.size() >= 1670, "areas reproduced: " + areas.size());
    assertEquals(areas.size() * 6 * 2 * 19, cells);
    String status = Files.readString(out.resolve("area_status.csv"));
    long failed = status.lines().filter(l -> l.contains(",failed,")).count();
    assertEquals(1741, status.lines().count() - 1, "every area has a status line");
    assertEquals(1741 - areas.size(), failed);
    assertTrue(status.contains("07204,福島県,いわき市,failed,base.year: 福島県いわき市 (07204)"), status);
  }

  /** Census 2015 total and the 2020 census count of an area, read from the shipped files. */
  static double[] censusTotals(String code) throws IOException {
    double t2015 = 0;
    for (String line : Files.readAllLines(MUNI.resolve("census_age5_sex_1980_2015.csv"))) {
      String[] c = line.split(",");
      if (c[0].equals(code) && c[1].equals("2015")) {
        t2015 += Double.parseDouble(c[3]);
      }
    }
    double t2020 = Double.NaN;
    for (String line : Files.readAllLines(MUNI.resolve("ipss_r5_2023_totals_2020_2050.csv"))) {
      String[] c = line.split(",");
      if (c[0].equals(code) && c[4].equals("2020")) {
        t2020 = Double.parseDouble(c[5]);
      }
    }
    return new double[] {t2015, t2020};
  }

  /** summary.csv: year → total. */
  static Map<Integer, Double> totals(Path dir) throws IOException {
    Map<Integer, Double> out = new HashMap<>();
    for (Map<String, String> row : TestData.csv(dir.resolve("summary.csv"))) {
      out.put(Integer.parseInt(row.get("year")), Double.parseDouble(row.get("total")));
    }
    return out;
  }

  @Test
  void sapporoChiyodaAndYonaguniEndToEnd() throws IOException {
    // 札幌市 and 千代田区 with pattern1 (net rates, calibrated to 2020); 与那国町 with net counts
    // spread by its 2005-10 residual profile, calibrated as well (its 2010-15 migration, the
    // building of a base, serves neither as rates nor as a profile)
    Path yonaguni = tmp.resolve("yonaguni.yaml");
    Files.writeString(
        yonaguni,
        "name: yonaguni\ntitle: 与那国町\narea: 与那国町\ndata_dir: "
            + TestData.data()
            + "\nbase: {dataset: census, year: 2015}\nfertility: {method: child-woman-ratio,"
            + " source: census}\nmigration: {method: net-counts, net_counts: {2015: 0},"
            + " profile_year: 2005}\ncalibration: {year: 2020}\n");
    String[][] cases = {
      {"01100", scenario("pattern1.yaml"), "札幌市"},
      {"千代田区", scenario("pattern1.yaml"), "千代田区"},
      {null, yonaguni.toString(), "与那国町"}
    };
    String[] codes = {"01100", "13101", "47382"};
    for (int i = 0; i < cases.length; i++) {
      Path out = tmp.resolve("o" + i);
      Path charts = tmp.resolve("c" + i);
      Run r =
          cases[i][0] == null
              ? run(
                  "simulate",
                  "-s",
                  cases[i][1],
                  "-o",
                  out.toString(),
                  "--charts",
                  charts.toString(),
                  "--dpi",
                  "50")
              : run(
                  "simulate",
                  "-s",
                  cases[i][1],
                  "--area",
                  cases[i][0],
                  "-o",
                  out.toString(),
                  "--charts",
                  charts.toString(),
                  "--dpi",
                  "50");
      assertEquals(0, r.code(), r.err());
      assertTrue(r.out().contains(cases[i][2] + " (" + codes[i] + ")"), r.out());
      double[] census = censusTotals(codes[i]);
      Map<Integer, Double> t = totals(out);
      assertEquals(census[0], t.get(2015), 0.5, codes[i] + ": base = its 2015 census");
      assertEquals(census[1], t.get(2020), 0.5, codes[i] + ": calibrated to its 2020 census");
      String manifest = Files.readString(out.resolve("manifest.json"));
      assertTrue(manifest.contains("\"area_code\" : \"" + codes[i] + "\""), manifest);
      assertFalse(manifest.contains("asakura/"), "no Asakura input for " + codes[i]);
      assertTrue(Files.exists(charts.resolve("total_population.png")));
    }
  }

  @Test
  void inputsThatCannotServeTheAreaStopTheRunNamingIt() throws IOException {
    Run amb = run("simulate", "-s", scenario("pattern1.yaml"), "--area", "府中市", "--lang", "en");
    assertEquals(3, amb.code(), amb.err());
    assertTrue(amb.err().contains("13206 東京都府中市, 34208 広島県府中市"), amb.err());
    Run noH30 = run("simulate", "-s", scenario("ipss-h30.yaml"), "--area", "07204", "--lang", "en");
    assertEquals(3, noH30.code(), noH30.err());
    assertTrue(
        noH30.err().contains("福島県いわき市 (07204): the data have no IPSS 2018 projection"),
        noH30.err());
    Path base = TestData.root().resolve("src/test/resources/good/census-2015-utf8.csv");
    Path foreign = tmp.resolve("foreign.yaml");
    Files.writeString(
        foreign,
        "name: foreign\ntitle: foreign\ndata_dir: "
            + TestData.data()
            + "\nbase: {year: 2015, file: "
            + base
            + "}\nfertility: {method: child-woman-ratio, source: census}\nmigration: {method:"
            + " net-rates, from_year: 2010}\n");
    Run nf = run("simulate", "-s", foreign.toString(), "--no-charts", "--lang", "en");
    assertEquals(3, nf.code(), nf.err());
    assertTrue(nf.err().contains("names no area: add area:"), nf.err());
    for (String cmd : List.of("sensitivity", "uncertainty", "backtest")) {
      Run other = run(cmd, "-s", scenario("ipss-h30.yaml"), "--area", "府中市", "--lang", "en");
      assertEquals(3, other.code(), cmd + ": " + other.err());
      assertTrue(other.err().contains("34208 広島県府中市"), cmd + ": " + other.err());
    }
  }

  @Test
  void areasListsAndSearchesTheCatalog() {
    Run r = run("areas", "朝倉", "--lang", "en");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("40228\t福岡県\t朝倉市\t52,444\t50,273\tyes\tyes"), r.out());
    Run f = run("areas", "府中市");
    assertTrue(f.out().contains("13206") && f.out().contains("34208"), f.out());
  }
}
