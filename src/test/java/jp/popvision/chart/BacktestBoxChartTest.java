package jp.popvision.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BacktestBoxChartTest {
  /** Five size classes of made-up errors, spread by {@code width} around {@code centre}. */
  private static BacktestBoxChart.Series series(
      String m, boolean ref, double centre, double width) {
    List<double[]> byClass = new ArrayList<>();
    for (int k = 0; k < 5; k++) {
      double[] e = new double[41];
      for (int i = 0; i < e.length; i++) {
        e[i] = centre + width * (i - 20) / 20.0;
      }
      byClass.add(e);
    }
    return new BacktestBoxChart.Series(m, ref, byClass);
  }

  /** Pixels that are not (near) white. */
  private static int inked(BufferedImage img) {
    int n = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int rgb = img.getRGB(x, y);
        if (((rgb >> 16) & 0xFF) < 200 || ((rgb >> 8) & 0xFF) < 200 || (rgb & 0xFF) < 200) {
          n++;
        }
      }
    }
    return n;
  }

  @Test
  void rendersInBothLanguages() throws Exception {
    List<BacktestBoxChart.Series> s =
        List.of(series("cohort-change", false, -0.6, 4), series("ipss-h30", true, -0.5, 3));
    byte[] ja = BacktestBoxChart.render(Lang.JA, 2015, 2020, 1680, s, 75);
    byte[] en = BacktestBoxChart.render(Lang.EN, 2015, 2020, 1680, s, 75);
    for (byte[] png : new byte[][] {ja, en}) {
      BufferedImage img = ChartRenderTest.decode(png);
      assertEquals(800, img.getWidth());
      assertEquals(500, img.getHeight());
      int ink = inked(img);
      assertTrue(ink > 800 * 500 / 50, "chart has boxes and text: " + ink);
      assertTrue(ink < 800 * 500 / 2, "chart is not a blot: " + ink);
    }
    assertNotEquals(
        inked(ChartRenderTest.decode(ja)), inked(ChartRenderTest.decode(en)), "texts differ");
  }

  @Test
  void textsComeFromTheCatalogueInEachLanguage() {
    BacktestTexts ja = new BacktestTexts(Lang.JA);
    BacktestTexts en = new BacktestTexts(Lang.EN);
    assertEquals("2020年人口の誤差率(2005年基準、15年先、1680市区町村)", ja.title(2005, 2020, 1680));
    assertEquals(
        "Error of the 2020 population from base 2005 (15 years ahead, 1680 areas)",
        en.title(2005, 2020, 1680));
    assertEquals("社人研 平成30年推計", ja.ipss(true));
    assertTrue(ja.ipss(false).contains("参考"));
    assertEquals(5, en.sizeClasses().size());
    List<String> english = new ArrayList<>(en.sizeClasses());
    english.addAll(
        List.of(
            en.title(1995, 2020, 1),
            en.subtitle(),
            en.ipss(false),
            en.axis(),
            en.note(10),
            en.source()));
    for (String t : english) {
      // Latin-1 and the en dash / minus only: drawable without a Japanese font
      assertTrue(t.chars().allMatch(c -> c < 256 || c == '–' || c == '−'), t);
    }
    List<String> japanese = new ArrayList<>(ja.sizeClasses());
    japanese.addAll(List.of(ja.subtitle(), ja.axis(), ja.note(10), ja.source()));
    for (String t : japanese) {
      assertTrue(t.chars().anyMatch(c -> c >= 0x3040), t);
    }
    assertFalse(en.note(20).contains("10%"));
  }

  @Test
  void axisLimitHoldsTheWhiskers() {
    assertEquals(10, BacktestBoxChart.limit(List.of(series("a", false, 0, 5))));
    // 90th percentile of an even spread from 10 to 30: 26
    assertEquals(30, BacktestBoxChart.limit(List.of(series("a", false, 20, 10))));
    assertEquals(50, BacktestBoxChart.limit(List.of(series("a", false, 100, 10))));
  }
}
