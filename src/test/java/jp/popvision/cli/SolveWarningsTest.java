package jp.popvision.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import jp.popvision.testutil.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** solve warns when its answer fails the plausibility checks and refuses calibrated years. */
class SolveWarningsTest {
  @TempDir Path tmp;

  static String target() {
    return TestData.root().resolve("scenarios/target.yaml").toString();
  }

  @Test
  void anAnswerOutsideThePlausibleTfrRangeIsWarned() throws Exception {
    // 36,000 in 2060 is far above target's path: it needs a TFR level well above 2.5 (the
    // plausibility check's upper bound), which must not pass silently
    Path out = tmp.resolve("s");
    CliTest.Run r =
        CliTest.run(
            "solve",
            "--scenario",
            target(),
            "--lever",
            "tfr",
            "--target-year",
            "2060",
            "--target-population",
            "36000",
            "--out",
            out.toString(),
            "--lang",
            "en");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("is outside the usual range 0.8–2.5"), r.err());
    assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"code\" : \"tfr\""));
  }

  @Test
  void aPlausibleAnswerHasNoWarning() {
    CliTest.Run r =
        CliTest.run(
            "solve",
            "--scenario",
            target(),
            "--lever",
            "tfr",
            "--target-year",
            "2040",
            "--target-population",
            "37000",
            "--out",
            tmp.resolve("p").toString(),
            "--lang",
            "en");
    assertEquals(0, r.code(), r.err());
    assertFalse(r.err().contains("outside the usual range"), r.err());
  }

  @Test
  void aTargetInTheCalibratedPeriodIsRefused() {
    CliTest.Run r =
        CliTest.run(
            "solve",
            "--scenario",
            target(),
            "--lever",
            "migration",
            "--target-year",
            "2020",
            "--target-population",
            "50000",
            "--out",
            tmp.resolve("c").toString(),
            "--lang",
            "en");
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("calibrated period"), r.err());
    assertFalse(Files.exists(tmp.resolve("c")));
  }
}
