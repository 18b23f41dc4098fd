package jp.popvision.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import jp.popvision.testutil.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code popvision report}: exit codes, and charts left out with a reason. */
class ReportCommandTest {
  @TempDir Path tmp;

  @Test
  void badDpiIsAUsageError() {
    assertEquals(
        2, CliTest.run("report", "--dpi", "10", "--out", tmp.resolve("r").toString()).code());
  }

  @Test
  void missingScenarioExitsThreeAndWritesNothing() {
    Path out = tmp.resolve("r");
    CliTest.Run r =
        CliTest.run(
            "--lang", "en", "report", tmp.resolve("nope.yaml").toString(), "--out", out.toString());
    assertEquals(3, r.code());
    assertFalse(Files.exists(out));
  }

  @Test
  void aComparisonWithoutTheStrategyScenariosSaysWhichChartsItCannotDraw() throws Exception {
    Path out = tmp.resolve("levels");
    CliTest.Run r =
        CliTest.run(
            "--lang",
            "en",
            "report",
            TestData.root().resolve("scenarios/fertility-levels").toString(),
            "--out",
            out.toString(),
            "--dpi",
            "50");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("report.html"), r.out());
    assertTrue(r.err().contains("impact_matrix.png: needs scenarios named pattern1"), r.err());
    assertTrue(r.err().contains("vision_total.png"), r.err());
    String html = Files.readString(out.resolve("report.html"));
    assertTrue(html.contains("Charts not drawn"), "absent charts listed in the report");
    assertTrue(Files.exists(out.resolve("charts/register_change.png")));
    assertFalse(Files.exists(out.resolve("charts/impact_matrix.png")));
  }

  @Test
  void anotherAreaSkipsTheScenariosThatCannotApplyAndSaysWhy() throws Exception {
    Path out = tmp.resolve("sapporo");
    CliTest.Run r =
        CliTest.run(
            "--lang", "en", "report", "--area", "札幌市", "--out", out.toString(), "--dpi", "50");
    assertEquals(0, r.code(), r.err());
    // recent-trend needs the resident register, which only 朝倉市 has in the data
    assertTrue(r.err().contains("scenario recent-trend skipped"), r.err());
    assertTrue(r.err().contains("migration.basis"), r.err());
    String html = Files.readString(out.resolve("report.html"));
    assertTrue(html.contains("札幌市, 北海道 (01100)"), "area from the catalog");
    assertFalse(html.contains("Asakura"), "nothing of Asakura's name");
    assertTrue(html.contains("scenario recent-trend skipped"), "skipped in the warnings section");
    String manifest = Files.readString(out.resolve("manifest.json"));
    assertTrue(manifest.contains("skipped_scenarios"), manifest);
    assertTrue(manifest.contains("recent-trend"), manifest);
    assertFalse(Files.exists(out.resolve("recent-trend")), "no outputs of a skipped scenario");
    assertTrue(Files.exists(out.resolve("ipss-h30/population.csv")));
  }

  @Test
  void unknownAreaFailsAtTheOptionLikeCompareAndWritesNothing() {
    Path out = tmp.resolve("none");
    CliTest.Run r = CliTest.run("report", "--area", "99999", "--out", out.toString());
    CliTest.Run c =
        CliTest.run(
            "compare",
            "--area",
            "99999",
            TestData.root().resolve("scenarios/target.yaml").toString(),
            "--out",
            tmp.resolve("c").toString());
    assertEquals(c.code(), r.code());
    assertTrue(r.code() >= 2, r.err());
    assertTrue(r.err().contains("--area"), r.err());
    assertFalse(Files.exists(out));
  }
}
