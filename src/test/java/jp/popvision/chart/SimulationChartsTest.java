package jp.popvision.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import jp.popvision.app.Simulation;
import jp.popvision.cli.Main;
import jp.popvision.io.InputException;
import jp.popvision.testutil.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Charts written by the simulate pipeline and command: directories, options, fallback. */
class SimulationChartsTest {
  @TempDir Path tmp;

  static final List<String> CHARTS =
      List.of(
          "total_population.png",
          "pyramid_2015.png",
          "pyramid_2045.png",
          "pyramid_2070.png",
          "age_structure.png",
          "components.png");

  static Path target() {
    return TestData.root().resolve("scenarios/target.yaml");
  }

  static Simulation.ChartOptions options(Path dir, FontChoice font) {
    return new Simulation.ChartOptions(dir, Lang.JA, 50, font);
  }

  @Test
  void chartsGoToTheirOwnDirectoryWithAnIndex() throws Exception {
    Path out = tmp.resolve("out");
    Path charts = tmp.resolve("charts");
    Simulation.Result r =
        Simulation.run(
            target(),
            Simulation.Options.tables(out, false, List.of("test"), "dev")
                .withCharts(options(charts, FontChoice.detect())));
    assertEquals(CHARTS, r.charts().files());
    for (String f : CHARTS) {
      assertEquals(533, ImageIO.read(charts.resolve(f).toFile()).getWidth(), f);
    }
    String index = Files.readString(charts.resolve("charts.json"));
    assertTrue(index.contains("\"name\" : \"target\""), index);
    assertTrue(index.contains("\"dpi\" : 50"), index);
    String manifest = Files.readString(out.resolve("manifest.json"));
    // the chart's census and IPSS lines come from the area's rows of the national tables
    assertTrue(
        manifest.contains("municipalities/census_age5_sex_1980_2015.csv"),
        "chart inputs are hashed");
    assertTrue(manifest.contains("municipalities/ipss_r5_2023_totals_2020_2050.csv"));
    assertTrue(manifest.contains("asakura/ipss_r5_2023_totals_3age_2020_2050.csv"));
    // a second run replaces its own charts and keeps (and reports) a file it did not write
    Files.writeString(charts.resolve("photo.png"), "x");
    Simulation.Result again =
        Simulation.run(
            target(),
            Simulation.Options.tables(out, false, List.of("test"), "dev")
                .withCharts(options(charts, FontChoice.detect())));
    assertEquals("x", Files.readString(charts.resolve("photo.png")));
    assertEquals(List.of(charts.resolve("photo.png").toString()), again.kept());
    try (var s = Files.list(tmp)) {
      assertFalse(s.anyMatch(p -> p.getFileName().toString().startsWith(".")), "no temp dir left");
    }
  }

  @Test
  void withOutAndNoChartDirTheChartsGoInsideOut() throws Exception {
    Path out = tmp.resolve("out");
    Simulation.Result r =
        Simulation.run(
            target(),
            Simulation.Options.tables(out, false, List.of("test"), "dev")
                .withCharts(options(null, FontChoice.detect())));
    assertEquals(out.resolve("charts"), r.charts().dir());
    for (String f : CHARTS) {
      assertTrue(Files.isRegularFile(out.resolve("charts").resolve(f)), f);
    }
    assertEquals(Path.of("charts", "target"), Simulation.chartDir(null, null, "target"));
  }

  @Test
  void aForeignChartDirectoryIsRefusedBeforeAnythingIsWritten() throws Exception {
    Path out = tmp.resolve("out");
    Path charts = tmp.resolve("mine");
    Files.createDirectories(charts);
    Files.writeString(charts.resolve("notes.txt"), "keep me");
    InputException e =
        assertThrows(
            InputException.class,
            () ->
                Simulation.run(
                    target(),
                    Simulation.Options.tables(out, false, List.of("test"), "dev")
                        .withCharts(options(charts, FontChoice.detect()))));
    assertTrue(e.problems().get(0).format().contains("--charts"), e.problems().get(0).format());
    assertFalse(Files.exists(out), "the tables are not written either");
    assertEquals("keep me", Files.readString(charts.resolve("notes.txt")));
  }

  @Test
  void withoutAJapaneseFontTheRunWarnsAndDrawsEnglish() throws Exception {
    Simulation.Result r =
        Simulation.run(
            target(),
            Simulation.Options.tables(tmp.resolve("o"), false, List.of("test"), "dev")
                .withCharts(options(tmp.resolve("c"), FontChoice.latinOnly("Dialog"))));
    assertEquals(Lang.EN, r.charts().lang());
    assertEquals(1, r.charts().warnings().size());
    String w = r.charts().warnings().get(0).render(jp.popvision.io.Lang.EN);
    assertTrue(w.contains("English"), w);
    assertTrue(Files.readString(tmp.resolve("c/charts.json")).contains("\"lang\" : \"en\""));
  }

  record Run(int code, String out, String err) {}

  static Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void simulateWritesChartsAndNamesTheDirectory() throws Exception {
    Path charts = tmp.resolve("ch");
    Run r =
        cli(
            "simulate",
            "--scenario",
            target().toString(),
            "--out",
            tmp.resolve("o").toString(),
            "--charts",
            charts.toString(),
            "--dpi",
            "60",
            "--lang",
            "en");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Wrote " + charts + "/ (total_population.png"), r.out());
    assertEquals(640, ImageIO.read(charts.resolve("components.png").toFile()).getWidth());
    assertTrue(Files.readString(charts.resolve("charts.json")).contains("\"lang\" : \"en\""));
  }

  @Test
  void noChartsWritesTablesOnly() throws Exception {
    Path out = tmp.resolve("o");
    Run r =
        cli("simulate", "--scenario", target().toString(), "--out", out.toString(), "--no-charts");
    assertEquals(0, r.code(), r.err());
    assertFalse(Files.exists(out.resolve("charts")));
    assertFalse(r.out().contains(".png"), r.out());
  }

  @Test
  void badChartOptionsAreUsageErrors() {
    String s = target().toString();
    Run lang = cli("simulate", "--scenario", s, "--lang", "fr");
    assertEquals(2, lang.code());
    assertTrue(lang.err().contains("値「fr」は使えません。ja か en を指定してください"), lang.err());
    Run dpi = cli("simulate", "--scenario", s, "--dpi", "10", "--lang", "en");
    assertEquals(2, dpi.code());
    assertTrue(
        dpi.err().contains("--dpi: value '10' must be a whole number from 50 to 600"), dpi.err());
    Run both = cli("simulate", "--scenario", s, "--no-charts", "--dpi", "300", "--lang", "en");
    assertEquals(2, both.code());
    assertTrue(both.err().contains("--no-charts cannot be combined"), both.err());
  }
}
