package jp.popvision.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import jp.popvision.app.Comparison;
import jp.popvision.model.Population;
import jp.popvision.testutil.TestData;
import org.junit.jupiter.api.Test;

class ComparisonChartsTest {
  static List<Comparison.Run> runs() throws Exception {
    return Comparison.runAll(
        List.of(
            TestData.root().resolve("scenarios/ipss-h30.yaml"),
            TestData.root().resolve("scenarios/target.yaml"),
            TestData.root().resolve("scenarios/baseline.yaml")));
  }

  static List<ScenarioRun> scenarioRuns(List<Comparison.Run> runs) {
    return runs.stream()
        .map(r -> new ScenarioRun(r.name(), r.scenario().spec().title(), r.projection()))
        .toList();
  }

  @Test
  void barsHoldEachScenariosBroadAgeGroups() throws Exception {
    List<Comparison.Run> runs = runs();
    ComparisonBarsData d = ComparisonBarsData.of(scenarioRuns(runs), 2060);
    assertEquals(3, d.bars().size());
    for (int i = 0; i < 3; i++) {
      Population p = runs.get(i).projection().at(2060);
      ComparisonBarsData.Bar b = d.bars().get(i);
      assertEquals(runs.get(i).name(), b.name());
      assertEquals(p.total(), b.total(), 1e-6);
      // the census-style groups summed independently over the age vector
      double young = 0;
      for (int k = 0; k < 3; k++) {
        young += p.male().get(k) + p.female().get(k);
      }
      assertEquals(young, b.age0to14(), 1e-9);
    }
  }

  @Test
  void totalChartHasOneLinePerScenario() throws Exception {
    List<Comparison.Run> runs = runs();
    TotalPopulationData d =
        TotalPopulationData.of(scenarioRuns(runs), ChartReferences.of(runs.get(0).data()));
    assertEquals(3, d.projections().size());
    assertEquals(runs.get(1).projection().at(2070).total(), d.projections().get(1).at(2070), 1e-9);
  }

  @Test
  void rendersEveryComparisonChartAtTheExpectedSize() throws Exception {
    List<Comparison.Run> runs = runs();
    ChartWriter w = new ChartWriter(Lang.JA, 75, FontChoice.detect());
    Map<String, byte[]> pngs =
        w.renderComparison(
            scenarioRuns(runs),
            ChartReferences.of(runs.get(0).data()),
            new int[] {2040, 2060, 2070});
    assertEquals(
        List.of(
            "scenarios_total.png",
            "scenarios_2040.png",
            "scenarios_2060.png",
            "scenarios_2070.png"),
        List.copyOf(pngs.keySet()));
    for (byte[] png : pngs.values()) {
      BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
      assertNotNull(img);
      assertEquals(800, img.getWidth());
      assertEquals(500, img.getHeight());
    }
  }
}
