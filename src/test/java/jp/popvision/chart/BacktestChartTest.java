package jp.popvision.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import jp.popvision.app.Backtest;
import jp.popvision.engine.Projection;
import jp.popvision.scenario.InputData;
import jp.popvision.testutil.TestData;
import org.junit.jupiter.api.Test;

class BacktestChartTest {
  @Test
  void panelsHoldEachMethodsTotalsAndTheCensus() throws Exception {
    InputData data = TestData.asakura();
    NavigableMap<Integer, Map<String, Projection>> byBase = new TreeMap<>();
    for (int base : new int[] {2010, 2015}) {
      byBase.put(
          base,
          Backtest.run(
                  data, TestData.data(), TestData.root().resolve("scenarios/target.yaml"), base)
              .projections());
    }
    NavigableMap<Integer, Double> census =
        new TreeMap<>(
            Map.of(2000, 61707.0, 2005, 59385.0, 2010, 56355.0, 2015, 52444.0, 2020, 50273.0));
    // IPSS 2018: 2015 base 52,444, 2020 48,660 (ipss_h30_2018_age5_sex_2015_2045.csv)
    NavigableMap<Integer, Double> ipss =
        new TreeMap<>(Map.of(2015, 52444.0, 2020, 48660.0, 2025, 44889.0));
    BacktestChartData d = BacktestChartData.of(byBase, census, ipss, 2015);
    assertEquals(2, d.panels().size());
    BacktestChartData.Panel p2010 = d.panels().get(0);
    assertEquals(4, p2010.methods().size());
    assertEquals(
        byBase.get(2010).get("net-rates").at(2020).total(), p2010.methods().get(0).at(2020), 1e-9);
    assertEquals(5, p2010.census().size(), "2000 … 2020");
    assertTrue(p2010.official().isEmpty(), "IPSS 2018 is not a 2010-based projection");
    assertEquals(2, d.panels().get(1).official().size(), "2015 and 2020, not beyond the backtest");
    ChartWriter w = new ChartWriter(Lang.JA, 75, FontChoice.detect());
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(w.renderBacktest(d)));
    assertNotNull(img);
    assertEquals(800, img.getWidth());
    assertEquals(500, img.getHeight());
  }
}
