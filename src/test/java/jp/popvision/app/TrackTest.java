package jp.popvision.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import jp.popvision.chart.ChartWriter;
import jp.popvision.chart.FontChoice;
import jp.popvision.chart.TrackChartData;
import jp.popvision.cli.Main;
import jp.popvision.engine.Fertility;
import jp.popvision.io.KpiBlock;
import jp.popvision.io.Lang;
import jp.popvision.testutil.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code popvision track} on 朝倉市 (target.yaml): every KPI figure against sums done here by hand
 * from the register CSV files, read with plain string splitting (not through io); an area without a
 * register stops with exit 3; the 目標と実績 chart renders with Japanese text.
 */
class TrackTest {
  @TempDir Path tmp;

  static final Path ASAKURA = TestData.data().resolve("asakura");

  /** Calendar-year total-coverage rows of the movement file: year → the CSV fields. */
  static Map<Integer, String[]> movements() throws IOException {
    List<String> lines =
        Files.readAllLines(
            ASAKURA.resolve("register_population_movement.csv"), StandardCharsets.UTF_8);
    List<String> head = List.of(lines.get(0).split(","));
    assertEquals("total", head.get(8));
    assertEquals("births", head.get(13));
    assertEquals("deaths", head.get(19));
    assertEquals("social_change", head.get(24));
    Map<Integer, String[]> out = new HashMap<>();
    for (String l : lines.subList(1, lines.size())) {
      String[] f = l.split(",");
      if (f[1].startsWith("CY") && f[3].startsWith("total")) {
        out.put(Integer.parseInt(f[1].substring(2, 6)), f);
      }
    }
    return out;
  }

  static double col(Map<Integer, String[]> m, int year, int col) {
    return Double.parseDouble(m.get(year)[col]);
  }

  TrackRun.Result run(String area) throws Exception {
    return TrackRun.run(
        new TrackRun.Options(
            TestData.root().resolve("scenarios/target.yaml"),
            area,
            tmp.resolve("out"),
            false,
            Lang.JA,
            false,
            List.of("track"),
            "test",
            new Simulation.ChartOptions(
                tmp.resolve("charts"), jp.popvision.chart.Lang.JA, 75, FontChoice.detect())));
  }

  @Test
  void theKpisOfAsakuraAreTheRegisterSummedByHand() throws Exception {
    Map<Integer, String[]> m = movements();
    // the register has no CY2022 and CY2023 (data/SOURCES.md)
    assertTrue(!m.containsKey(2022) && !m.containsKey(2023) && m.containsKey(2024));
    TrackRun.Result r = run(null);
    assertEquals(List.of(2022, 2023), r.track().missing());
    Track.KpiResult social = kpi(r, KpiBlock.Kind.SOCIAL_CHANGE);
    assertEquals(2020, social.target().from());
    assertEquals(2024, social.target().to());
    assertEquals(-1200, social.target().target());
    // 2020: -231, 2021: -259, 2024: +25 in the file
    double known = col(m, 2020, 24) + col(m, 2021, 24) + col(m, 2024, 24);
    assertEquals(-465, known, 1e-9);
    assertEquals(known, social.actual(), 1e-9);
    assertEquals(Track.Status.OPEN, social.status());
    assertEquals(List.of(2020, 2021, 2024), social.used());
    assertEquals(List.of(2022, 2023), social.missing());
    assertEquals(-1200 - known, social.needed(), 1e-9);
    // the register population at 1 January 2024 = 1 January 2025 minus CY2024's change
    double start2024 = col(m, 2024, 8) - (col(m, 2024, 13) - col(m, 2024, 19) + col(m, 2024, 24));
    assertEquals(start2024 - col(m, 2021, 8), social.gapChange(), 1e-9);
    assertEquals(-897, social.gapChange(), 1e-9);

    Track.Row r2019 =
        r.track().rows().stream().filter(x -> x.year() == 2019).findFirst().orElseThrow();
    double sum1519 = 0;
    for (int y = 2015; y <= 2019; y++) {
      sum1519 += col(m, y, 24);
    }
    assertEquals(-1403, sum1519, 1e-9);
    assertEquals(sum1519, r2019.social5y(), 1e-9);
    assertTrue(
        Double.isNaN(
            r.track().rows().stream()
                .filter(x -> x.year() == 2024)
                .findFirst()
                .orElseThrow()
                .social5y()),
        "no 5-year sum across missing years");

    Track.KpiResult tfr = kpi(r, KpiBlock.Kind.TFR);
    assertEquals(1.69, tfr.target().target());
    assertEquals(List.of(2018, 2019, 2020, 2021), tfr.used());
    assertEquals(List.of(2022), tfr.missing());
    Map<String, double[]> women = women();
    double mean = 0;
    for (int y = 2018; y <= 2021; y++) {
      double[] f = schedule(r, y);
      double[] a = women.get(y + "-01-01");
      double[] b = women.get((y + 1) + "-01-01");
      double sf = 0;
      double weighted = 0;
      for (int i = 0; i < 7; i++) {
        sf += f[i];
        weighted += f[i] * (a[i] + b[i]) / 2;
      }
      mean += 5 * col(m, y, 13) * sf / weighted / 4;
    }
    assertEquals(mean, tfr.actual(), 1e-9);
    assertEquals(mean - 1.69, tfr.margin(), 1e-9);
    assertEquals(Track.Status.NOT_MET, tfr.status());
    assertEquals(1.69 * 5 - mean * 4, tfr.needed(), 1e-9);
    // the kpi.csv and track.csv tables are there
    assertTrue(Files.readString(tmp.resolve("out/kpi.csv")).contains("social_change,2020,2024"));
    assertTrue(Files.readString(tmp.resolve("out/track.csv")).startsWith("year,period,"));
  }

  /** The scenario's fertility rates 15–19 … 45–49 of the step containing CY {@code y}. */
  static double[] schedule(TrackRun.Result r, int y) {
    int start = y <= 2020 ? 2015 : 2020;
    for (var p : r.scenario().rates()) {
      if (p.startYear() == start) {
        Fertility.AgeSpecific a = (Fertility.AgeSpecific) p.fertility();
        double[] f = new double[7];
        for (int i = 0; i < 7; i++) {
          f[i] = a.fertRateAgeF().get(3 + i);
        }
        return f;
      }
    }
    throw new AssertionError("no step " + start);
  }

  /** Women 15–19 … 45–49 by reference date, total coverage, from register_age5_sex.csv. */
  static Map<String, double[]> women() throws IOException {
    List<String> lines =
        Files.readAllLines(ASAKURA.resolve("register_age5_sex.csv"), StandardCharsets.UTF_8);
    Map<String, double[]> out = new HashMap<>();
    for (String l : lines.subList(1, lines.size())) {
      String[] f = l.split(",");
      if (!f[2].startsWith("total") || !f[5].equals("female") || f[7].isEmpty()) {
        continue;
      }
      int from = Integer.parseInt(f[7]);
      if (from >= 15 && from <= 45) {
        out.computeIfAbsent(f[0], k -> new double[7])[(from - 15) / 5] += Double.parseDouble(f[9]);
      }
    }
    return out;
  }

  static Track.KpiResult kpi(TrackRun.Result r, KpiBlock.Kind kind) {
    return r.track().kpis().stream()
        .filter(k -> k.target().kind() == kind)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void anAreaWithoutARegisterStopsWithExit3NamingIt() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), Map.of())
            .execute(
                "track",
                "-s",
                TestData.root().resolve("scenarios/target.yaml").toString(),
                "--area",
                "40448",
                "--no-charts",
                "--out",
                tmp.resolve("none").toString(),
                "--lang",
                "en");
    assertEquals(3, code, err.toString());
    assertTrue(err.toString().contains("東峰村 (40448)"), err.toString());
    assertTrue(err.toString().contains("no resident register"), err.toString());
    assertTrue(!Files.exists(tmp.resolve("none")), "nothing written");
  }

  @Test
  void aMistypedKpiKeyIsAnInputProblemOfEveryCommand() throws Exception {
    Path sc = tmp.resolve("kpi-typo.yaml");
    Files.writeString(
        sc,
        "extends: "
            + TestData.root().resolve("scenarios/target.yaml").toAbsolutePath()
            + "\nname: kpi-typo\nkpi:\n  social_chang: {from: 2020, to: 2024, target: -1200}\n",
        StandardCharsets.UTF_8);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), Map.of())
            .execute(
                "simulate",
                "-s",
                sc.toString(),
                "--no-charts",
                "--out",
                tmp.resolve("o").toString(),
                "--lang",
                "en");
    assertEquals(3, code, err.toString());
    assertTrue(err.toString().contains("kpi.social_chang"), err.toString());
    assertTrue(err.toString().contains("social_change"), err.toString());
  }

  @Test
  void theChartRendersWithJapaneseText() throws Exception {
    FontChoice font = FontChoice.detect();
    assertTrue(font.japanese(), "a Japanese font (IPAexGothic) is installed");
    assertTrue(font.canDisplay("目標と実績 社会増減数 合計特殊出生率"));
    run(null);
    byte[] png = Files.readAllBytes(tmp.resolve("charts").resolve(TrackChartData.FILE));
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
    assertEquals(ChartWriter.pixelWidth(75), img.getWidth());
    // not blank: many colours, and dark pixels (text, points) as well as white
    java.util.Set<Integer> colours = new java.util.HashSet<>();
    int dark = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int rgb = img.getRGB(x, y) & 0xFFFFFF;
        colours.add(rgb);
        if (((rgb >> 16) & 0xFF) < 80 && ((rgb >> 8) & 0xFF) < 80 && (rgb & 0xFF) < 80) {
          dark++;
        }
      }
    }
    assertTrue(colours.size() > 50, "colours: " + colours.size());
    assertTrue(dark > 500, "dark pixels: " + dark);
    String index = Files.readString(tmp.resolve("charts").resolve("charts.json"));
    assertTrue(index.contains("\"ja\""), index);
  }
}
