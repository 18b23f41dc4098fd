package jp.popvision.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.popvision.app.LoadedScenario;
import jp.popvision.app.MonteCarlo;
import jp.popvision.app.Sensitivity;
import jp.popvision.app.SensitivitySettings;
import jp.popvision.app.TornadoRuns;
import jp.popvision.results.QuantileTable;
import jp.popvision.results.SensitivityGrid;
import jp.popvision.results.TornadoBar;
import jp.popvision.scenario.CompiledScenario;
import jp.popvision.scenario.GridRange;
import jp.popvision.scenario.ScenarioResolver;
import jp.popvision.scenario.SensitivitySpec;
import jp.popvision.scenario.UncertaintySpec;
import jp.popvision.testutil.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The data behind the tornado, heat map and fan chart, and smoke renders of each. */
class AnalysisChartsTest {
  static LoadedScenario target;
  static List<TornadoBar> tornado;
  static SensitivityGrid grid;
  static QuantileTable quantiles;

  @BeforeAll
  static void compute() throws Exception {
    target = LoadedScenario.read(TestData.root().resolve("scenarios/target.yaml"));
    SensitivitySpec s = SensitivitySettings.merge(null, target.spec().sensitivity(), target.spec());
    tornado =
        TornadoRuns.tornado(
            target.spec(),
            target.data(),
            ScenarioResolver.resolve(target.spec(), target.data()),
            s);
    CompiledScenario f = CompiledScenario.of(target.spec(), target.data());
    grid =
        Sensitivity.grid(
            f, s.gridTfr().values(), s.gridMigration().values(), new int[] {2040, 2060});
    quantiles =
        MonteCarlo.run(
            f,
            new UncertaintySpec(
                500,
                3,
                new UncertaintySpec.Noise(0.15, 0.9),
                new UncertaintySpec.Noise(300, 0.5),
                new UncertaintySpec.Noise(1, 0.9)),
            2,
            null);
  }

  @Test
  void tornadoDataKeepsTheRankOrderOfOneYearAndIndicator() {
    TornadoData d = TornadoData.of(tornado, 2060, "total");
    assertEquals(6, d.bars().size());
    for (int k = 1; k < d.bars().size(); k++) {
      assertTrue(d.bars().get(k - 1).swing() >= d.bars().get(k).swing());
      assertEquals(2060, d.bars().get(k).year());
    }
    assertTrue(d.min() <= d.base() && d.base() <= d.max());
    assertEquals("tornado_2060.png", d.fileName());
    assertThrows(IllegalArgumentException.class, () -> TornadoData.of(tornado, 2050, "total"));
  }

  /** Every contour segment end lies on a cell edge where the interpolated value is the level. */
  @Test
  void contourSegmentsLieWhereTheGridEqualsTheLevel() {
    HeatMapData h =
        new HeatMapData(grid, 2060, List.of(20_000.0, 25_000.0, 30_000.0), 23_653, 2030, 2020);
    assertFalse(h.segments().isEmpty());
    for (HeatMapData.Segment s : h.segments()) {
      for (double[] p : new double[][] {{s.tfr1(), s.migration1()}, {s.tfr2(), s.migration2()}}) {
        assertEquals(s.level(), interpolate(h, p[0], p[1]), 1e-6 * s.level(), s.toString());
      }
    }
    // each level's line crosses the whole TFR range here (population rises with both levers):
    // it has ends on the lowest and the highest TFR and at least one segment per row of cells
    long rows = grid.tfrCount() - 1;
    double tLo = grid.tfr(0);
    double tHi = grid.tfr(grid.tfrCount() - 1);
    for (double level : h.contours()) {
      List<HeatMapData.Segment> line =
          h.segments().stream().filter(s -> s.level() == level).toList();
      assertTrue(line.size() >= rows, "level " + level);
      assertTrue(
          line.stream().anyMatch(s -> s.tfr1() == tLo || s.tfr2() == tLo), "reaches the bottom");
      assertTrue(
          line.stream().anyMatch(s -> s.tfr1() == tHi || s.tfr2() == tHi), "reaches the top");
    }
    // a level outside the grid's range has no line
    assertTrue(new HeatMapData(grid, 2060, List.of(1e9), 0, 2030, 2020).segments().isEmpty());
  }

  /** Linear interpolation along the cell edge the point lies on. */
  static double interpolate(HeatMapData h, double tfr, double mig) {
    SensitivityGrid g = h.grid();
    for (int i = 0; i < g.tfrCount(); i++) {
      if (Math.abs(g.tfr(i) - tfr) < 1e-9) {
        for (int j = 0; j + 1 < g.migrationCount(); j++) {
          if (mig >= g.migration(j) - 1e-9 && mig <= g.migration(j + 1) + 1e-9) {
            double f = (mig - g.migration(j)) / (g.migration(j + 1) - g.migration(j));
            return h.value(i, j) + f * (h.value(i, j + 1) - h.value(i, j));
          }
        }
      }
    }
    for (int j = 0; j < g.migrationCount(); j++) {
      if (Math.abs(g.migration(j) - mig) < 1e-9) {
        for (int i = 0; i + 1 < g.tfrCount(); i++) {
          if (tfr >= g.tfr(i) - 1e-9 && tfr <= g.tfr(i + 1) + 1e-9) {
            double f = (tfr - g.tfr(i)) / (g.tfr(i + 1) - g.tfr(i));
            return h.value(i, j) + f * (h.value(i + 1, j) - h.value(i, j));
          }
        }
      }
    }
    throw new AssertionError("point not on a cell edge: " + tfr + ", " + mig);
  }

  @Test
  void saddleCellsAreResolvedByTheirCentre() {
    // a 2 x 2 grid with a saddle: corners (0,0) and (1,1) high, the others low
    double[] v = {10, 0, 0, 10};
    List<Double> vals = new ArrayList<>();
    for (double x : v) {
      vals.add(x);
      vals.add(0.0);
      vals.add(0.0);
    }
    double[] flat = vals.stream().mapToDouble(Double::doubleValue).toArray();
    SensitivityGrid g =
        new SensitivityGrid(
            new double[] {1, 2}, new double[] {0, 1}, new int[] {2060}, flat, 1.5, 0.5, new int[4]);
    // centre 5: above 4 → the high corners join, two segments cut off the low corners
    HeatMapData above = new HeatMapData(g, 2060, List.of(4.0), 0, 2030, 2020);
    assertEquals(2, above.segments().size());
    HeatMapData below = new HeatMapData(g, 2060, List.of(6.0), 0, 2030, 2020);
    assertEquals(2, below.segments().size());
    assertTrue(!above.segments().equals(below.segments()));
  }

  @Test
  void fanDataHoldsOrderedBandsAndCensusFromTwentyYearsBeforeTheBase() {
    ChartReferences refs = ChartReferences.of(target.data());
    FanChartData d =
        FanChartData.of(quantiles, refs, List.of(new FanChartData.Noise("tfr", 0.15, 0.9)));
    assertEquals(12, d.rows().size());
    assertEquals(1995, d.census().get(0).year());
    assertEquals(2020, d.census().get(d.census().size() - 1).year());
    assertEquals(50_273, d.census().get(d.census().size() - 1).value(), 0.5);
    FanChartData.Row r2060 = d.at(2060);
    assertTrue(r2060.p2_5() < r2060.p50() && r2060.p50() < r2060.p97_5());
    assertThrows(
        IllegalArgumentException.class, () -> new FanChartData.Row(2060, 3, 2, 1, 4, 5, 6, 7, 4));
  }

  @Test
  void everyAnalysisChartRendersAt1600By1000InJapaneseAndEnglish() throws Exception {
    for (Lang lang : Lang.values()) {
      AnalysisChartWriter w = new AnalysisChartWriter(lang, 150, FontChoice.detect());
      Map<String, byte[]> s =
          w.renderSensitivity(
              "target",
              target.spec().title(),
              List.of(
                  TornadoData.of(tornado, 2040, "total"),
                  TornadoData.of(tornado, 2060, "age_65_plus")),
              List.of(new HeatMapData(grid, 2060, List.of(30_000.0), 23_653, 2030, 2020)));
      assertEquals(
          List.of("tornado_2040.png", "tornado_2060.png", "heatmap_2060.png"),
          List.copyOf(s.keySet()));
      Map<String, byte[]> u =
          w.renderUncertainty(
              "target",
              target.spec().title(),
              FanChartData.of(quantiles, ChartReferences.of(target.data()), List.of()));
      assertEquals(List.of(AnalysisChartWriter.FAN_CHART), List.copyOf(u.keySet()));
      for (byte[] png : List.of(s.values().toArray(new byte[0][]))) {
        BufferedImage img = ChartRenderTest.decode(png);
        assertEquals(1600, img.getWidth());
        assertEquals(1000, img.getHeight());
      }
      BufferedImage fan = ChartRenderTest.decode(u.get(AnalysisChartWriter.FAN_CHART));
      assertEquals(1600, fan.getWidth());
    }
  }

  @Test
  void heatMapPaletteRunsFromTheLowToTheHighColour() {
    assertEquals(Palette.HEAT[0], Palette.heat(10, 10, 20));
    assertEquals(Palette.HEAT[4], Palette.heat(20, 10, 20));
    assertEquals(Palette.HEAT[2], Palette.heat(15, 10, 20));
  }

  @Test
  void gridRangeHelperForTests() {
    assertEquals(21, GridRange.parse("1.2:2.2:0.05").values().length);
  }
}
