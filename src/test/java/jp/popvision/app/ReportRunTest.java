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

  @Test
  void tablesOfThePageHaveJapaneseHeadingsAndCodes() throws Exception {
    // 影響度: the natural row reads 自然増減 and shows its ratio from impact.csv; no CSV column name
    List<Map<String, String>> impact = TestData.csv(out.resolve("impact.csv"));
    String ratio =
        new java.math.BigDecimal(impact.get(0).get("ratio_pct"))
            .stripTrailingZeros()
            .toPlainString();
    Matcher row = Pattern.compile("<tr><td>自然増減</td>.*?</tr>").matcher(html);
    assertTrue(row.find(), "no 自然増減 row");
    assertTrue(row.group().contains(">" + ratio + "<"), row.group() + " lacks " + ratio);
    assertTrue(html.contains("<th>比率(%)</th>"));
    assertTrue(html.contains("<th>年少人口(0〜14歳)</th>"), "age group 0-14");
    // 人口構造: pattern1's 2040 row holds structure.csv's total and its change, as a reader writes them
    for (Map<String, String> r : TestData.csv(out.resolve("structure.csv"))) {
      if (r.get("scenario").equals("pattern1")
          && r.get("target_year").equals("2040")
          && r.get("group").equals("total")) {
        String cell =
            String.format(
                    Locale.ROOT,
                    "%,d (%+.1f%%)",
                    Math.round(Double.parseDouble(r.get("value"))),
                    Double.parseDouble(r.get("change_pct")))
                .replace('-', '\u2212');
        Matcher p1 = Pattern.compile("<tr><td>pattern1</td><td>2040</td>.*?</tr>").matcher(html);
        assertTrue(p1.find(), "no pattern1 2040 row");
        assertTrue(p1.group().contains(">" + cell + "<"), p1.group() + " lacks " + cell);
      }
    }
    for (String raw :
        List.of("ratio_pct", "numerator_total", "change_pct", "period_start", "net_migration")) {
      assertFalse(html.contains("<th>" + raw), raw + " is shown as a heading");
    }
    assertFalse(html.contains("<td>natural</td>"));
    // calibration in words: the lever's name, not its code
    assertTrue(html.contains("純移動率の倍率"), "rate multiplier in words");
    assertFalse(html.contains("rate_multiplier") || html.contains("net_migrants"));
    assertFalse(html.contains("<td>age_0_14</td>"));
  }

  @Test
  void everyColumnOfEveryTableWrittenHasAHeadingInBothLanguages() throws Exception {
    List<Path> files;
    try (var w = Files.walk(out)) {
      files = w.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
    }
    assertTrue(files.size() > 10, "tables: " + files);
    for (Path f : files) {
      String header = Files.readAllLines(f).get(0).replace("\uFEFF", "");
      for (String c : header.split(",")) {
        if (c.matches("p[0-9]+(_[0-9]+)?")) {
          continue; // quantiles: one template
        }
        String key = "COL_" + c.toUpperCase(Locale.ROOT);
        assertTrue(
            java.util.Arrays.stream(jp.popvision.io.Msg.values())
                .anyMatch(m -> m.name().equals(key)),
            out.relativize(f) + ": column " + c + " has no heading " + key);
      }
    }
  }
}
