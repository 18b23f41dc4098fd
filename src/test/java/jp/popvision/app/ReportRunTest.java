package jp.popvision.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import jp.popvision.chart.FontChoice;
import jp.popvision.io.Lang;
import jp.popvision.testutil.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code popvision report} on the shipped strategy comparison, end to end. */
class ReportRunTest {
  @TempDir static Path tmp;
  static Path out;
  static String html;

  @BeforeAll
  static void run() throws Exception {
    out = tmp.resolve("report");
    ReportRun.run(
        new ReportRun.Options(
            List.of(), out, Lang.JA, 60, FontChoice.detect(), false, false, List.of(), "test"),
        TestData.root());
    html = Files.readString(out.resolve(ReportRun.HTML));
  }

  @Test
  void everyStandardChartIsWrittenAndEmbedded() throws Exception {
    for (String n :
        List.of(
            "vision_total.png",
            "pyramid_compare_2045.png",
            "pyramid_compare_2070.png",
            "register_change.png",
            "net_migration_by_age.png",
            "tfr.png",
            "impact_matrix.png",
            "stages.png",
            "scenarios_total.png")) {
      byte[] png = Files.readAllBytes(out.resolve("charts").resolve(n));
      BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
      assertEquals(640, img.getWidth(), n);
      assertTrue(html.contains(java.util.Base64.getEncoder().encodeToString(png)), n);
    }
  }

  @Test
  void theHtmlFetchesNothing() {
    assertFalse(
        Pattern.compile("(src|href)=\"(?!data:)", Pattern.CASE_INSENSITIVE).matcher(html).find());
    assertFalse(html.contains("<script"));
    assertFalse(html.contains("<link"));
    assertTrue(html.contains("@page{size:A4"));
  }

  @Test
  void headlineShowsTheOfficialIpssTotalInWholePersons() {
    // IPSS 2018 (平成30年推計) total of 2040 for 朝倉市, summed from its table by sex and age
    double sum = 0;
    for (Map<String, String> r :
        TestData.csv(TestData.data().resolve("asakura/ipss_h30_2018_age5_sex_2015_2045.csv"))) {
      if (r.get("year").equals("2040")
          && !r.get("sex").equals("total")
          && !r.get("age_from").isEmpty()) {
        sum += Double.parseDouble(r.get("population"));
      }
    }
    String expected = String.format(Locale.ROOT, "%,d", Math.round(sum));
    Matcher m = Pattern.compile("<tr><td>ipss-h30</td>.*?</tr>").matcher(html);
    assertTrue(m.find());
    assertTrue(m.group().contains(">" + expected + "<"), m.group() + " lacks " + expected);
  }

  @Test
  void impactCsvFollowsTheComparisonTotals() throws Exception {
    List<Map<String, String>> rows = TestData.csv(out.resolve("impact.csv"));
    assertEquals("3", rows.get(0).get("level"));
    assertEquals("4", rows.get(1).get("level"));
    // ratios from comparison.csv's totals in 2040, as the guidance defines them
    Map<String, Double> total = new java.util.HashMap<>();
    for (Map<String, String> r : TestData.csv(out.resolve("comparison.csv"))) {
      if (r.get("year").equals("2040")) {
        total.put(r.get("scenario"), Double.parseDouble(r.get("total")));
      }
    }
    double natural = 100 * total.get("sim1") / total.get("pattern1");
    assertEquals(Double.parseDouble(rows.get(0).get("ratio_pct")), natural, 0.01);
  }
}
