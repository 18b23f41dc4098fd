package jp.popvision.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every command's help renders cleanly (picocli reports format problems on System.err). */
class HelpTest {
  @Test
  void everyHelpRendersWithoutPicocliWarnings() {
    PrintStream old = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      for (String c :
          new String[] {
            "simulate",
            "compare",
            "backtest",
            "sensitivity",
            "solve",
            "uncertainty",
            "bench",
            "report"
          }) {
        CliTest.Run r = CliTest.run(c, "--help");
        assertEquals(0, r.code(), c);
        assertTrue(r.out().contains("使い方: popvision " + c), r.out());
        assertFalse(r.out().contains("%n"), c + ": unformatted help text");
        CliTest.Run en = CliTest.run(c, "--help", "--lang", "en");
        assertTrue(en.out().contains("Usage: popvision " + c), en.out());
        assertFalse(en.out().contains("%n"), c + ": unformatted help text");
      }
    } finally {
      System.setErr(old);
    }
    assertFalse(
        captured.toString(StandardCharsets.UTF_8).contains("picocli WARN"),
        captured.toString(StandardCharsets.UTF_8));
  }
}
