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
}
