package jp.popvision.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code main} registers only the command that the arguments name (start-up time); for everything
 * that does not run a command (help, usage errors) the result must be what the full command line
 * gives.
 */
class LazyCommandsTest {
  private static String run(CommandLine cl, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return code + "\n" + out + "\n--- err\n" + err;
  }

  private static CommandLine full() {
    return Main.commandLine(
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Map.of());
  }

  private static CommandLine lazy(String... args) {
    return Main.forArgs(
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Map.of(), args);
  }

  @Test
  void aNamedCommandIsTheOnlyOneRegistered() {
    assertEquals(List.of("simulate"), List.copyOf(lazy("simulate").getSubcommands().keySet()));
    assertEquals(
        List.of("uncertainty"),
        List.copyOf(lazy("--lang", "en", "uncertainty", "--seed", "3").getSubcommands().keySet()));
    assertEquals(Main.COMMANDS.size(), lazy("--help").getSubcommands().size());
    assertEquals(0, lazy("--version").getSubcommands().size());
    assertEquals(0, lazy("-V").getSubcommands().size());
    assertEquals(Main.COMMANDS.size(), lazy("--lang", "en", "-V").getSubcommands().size());
    assertEquals(Main.COMMANDS.size(), lazy("-V", "--help").getSubcommands().size());
    assertEquals(Main.COMMANDS.size(), lazy("simulat").getSubcommands().size());
    assertEquals(
        List.copyOf(full().getSubcommands().keySet()),
        List.of(
            "simulate",
            "compare",
            "backtest",
            "sensitivity",
            "solve",
            "uncertainty",
            "bench",
            "report",
            "areas",
            "track"));
  }

  @Test
  void theCommandNameSkipsOptionsAndTheValueOfLang() {
    assertEquals("bench", Main.commandName(new String[] {"--lang", "bench", "bench"}));
    assertEquals("solve", Main.commandName(new String[] {"--lang=en", "solve", "x"}));
    assertNull(Main.commandName(new String[] {"-V"}));
  }

  @Test
  void helpAndUsageErrorsAreTheSameAsWithEveryCommand() {
    List<String[]> cases =
        List.of(
            new String[] {"--help"},
            new String[] {"--version"},
            new String[] {"-V", "--lang", "en"},
            new String[] {"-hV"},
            new String[] {"-V", "--help"},
            new String[] {"--lang", "xx", "-V"},
            new String[] {},
            new String[] {"simulat"},
            new String[] {"simulate", "--help"},
            new String[] {"--lang", "en", "simulate", "--bogus"},
            new String[] {"simulate", "--dpi", "x"},
            new String[] {"uncertainty", "--help"},
            new String[] {"sensitivity", "extra"},
            new String[] {"bench", "--rounds", "-1", "--lang", "en"},
            new String[] {"compare", "--help"},
            new String[] {"solve", "--lever", "nothing"},
            new String[] {"backtest", "--help"},
            new String[] {"report", "--help"},
            new String[] {"track", "--help"});
    for (String[] args : cases) {
      assertEquals(run(full(), args), run(lazy(args), args), String.join(" ", args));
    }
  }
}
