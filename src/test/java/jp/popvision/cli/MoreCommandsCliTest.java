package jp.popvision.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import jp.popvision.testutil.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compare and backtest as a user runs them, on the whole shipped scenario library. */
class MoreCommandsCliTest {
  @TempDir Path tmp;

  static final Path SC = TestData.root().resolve("scenarios");

  @Test
  void compareRunsOnEveryShippedScenario() throws Exception {
    Path out = tmp.resolve("cmp");
    CliTest.Run r =
        CliTest.run(
            "compare",
            SC.toString(),
            SC.resolve("fertility-levels").toString(),
            "--reference",
            "ipss-h30",
            "--out",
            out.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("比較の基準: ipss-h30"), r.out());
    long scenarios =
        Files.list(out)
            .filter(Files::isDirectory)
            .filter(d -> !d.getFileName().toString().equals("charts"))
            .count();
    assertTrue(Files.isRegularFile(out.resolve("charts/scenarios_total.png")));
    // eleven in scenarios/ (with ipss-r5 and recent-trend) and three in scenarios/fertility-levels/
    assertEquals(14, scenarios);
    assertTrue(Files.readString(out.resolve("impact.csv")).contains("natural,2040,sim1,pattern1"));
  }

  @Test
  void compareWithAnUnknownReferenceExitsThree() {
    CliTest.Run r =
        CliTest.run(
            "compare",
            SC.resolve("target.yaml").toString(),
            "--reference",
            "x",
            "--out",
            tmp.resolve("o").toString());
    assertEquals(3, r.code());
    assertTrue(r.err().contains("--reference"), r.err());
  }

  @Test
  void backtestFrom2015ShowsTheOfficialProjectionsMiss() {
    CliTest.Run r =
        CliTest.run(
            "backtest",
            "--scenario",
            SC.resolve("target.yaml").toString(),
            "--base-year",
            "2015",
            "--out",
            tmp.resolve("bt").toString(),
            "--lang",
            "en");
    assertEquals(0, r.code(), r.err());
    assertTrue(
        r.out().contains("ipss-h30-official  2020     48,660 vs    50,273  -1,613 (-3.2%)"),
        r.out());
    assertTrue(Files.isRegularFile(tmp.resolve("bt/backtest.csv")));
  }

  @Test
  void backtestWithoutAnEarlierCensusExitsThree() {
    CliTest.Run r =
        CliTest.run(
            "--lang",
            "en",
            "backtest",
            "--scenario",
            SC.resolve("target.yaml").toString(),
            "--base-year",
            "1980",
            "--out",
            tmp.resolve("bt").toString());
    assertEquals(3, r.code(), r.err());
    assertTrue(r.err().contains("needs a census 5 years before 1980"), r.err());
  }
}
