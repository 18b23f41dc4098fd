package jp.popvision.cli;

import java.io.Console;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import jp.popvision.io.Lang;
import jp.popvision.io.Msg;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Entry point: {@code popvision <command> …}. The only place that calls System.exit. */
@Command(
    name = "popvision",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    subcommands = {
      SimulateCommand.class,
      CompareCommand.class,
      BacktestCommand.class,
      SensitivityCommand.class,
      SolveCommand.class,
      UncertaintyCommand.class,
      BenchCommand.class,
      ReportCommand.class
    },
    description = {
      "Population projection and scenario simulator for Japanese municipal planners"
          + " (cohort-component method, 5-year ages and steps).",
      ""
    },
    footer = {
      "",
      "Exit codes: 0 ok, 1 internal error, 2 usage error, 3 invalid input.",
      "Messages are in Japanese; --lang en (or POPVISION_LANG=en) shows them in English.",
      "Example: popvision simulate --scenario scenarios/target.yaml"
    })
public final class Main implements Runnable {
  /** Exit code for invalid input files. */
  public static final int EXIT_INPUT = 3;

  /** Exit code for an internal error (a bug). */
  public static final int EXIT_BUG = 1;

  @Spec CommandSpec spec;

  @Mixin LangOption langOption = new LangOption();

  /** The environment the command runs in (injected by tests). */
  private final Map<String, String> env;

  public Main() {
    this(System.getenv());
  }

  Main(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  /**
   * The language of messages for {@code command}: its own {@code --lang}, else the top command's,
   * else {@link Lang#ENV}, else Japanese.
   */
  static Lang lang(CommandSpec command) {
    Main main = null;
    Lang own = null;
    for (CommandSpec c = command; c != null; c = c.parent()) {
      Object o = c.userObject();
      if (o instanceof Main m) {
        main = m;
        if (own == null) {
          own = m.langOption.lang;
        }
      } else if (own == null) {
        for (CommandSpec mixin : c.mixins().values()) {
          if (mixin.userObject() instanceof LangOption l && l.lang != null) {
            own = l.lang;
          }
        }
      }
    }
    if (own != null) {
      return own;
    }
    Lang fromEnv = main == null ? null : Lang.parse(main.env.get(Lang.ENV));
    return fromEnv != null ? fromEnv : Lang.JA;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "a command is required (e.g. simulate)");
  }

  /** Builds the command line with the given output streams (tests inject their own). */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, System.getenv());
  }

  /** As above, in the environment {@code env} (for {@link Lang#ENV}). */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err, Map<String, String> env) {
    CommandLine cl = new CommandLine(new Main(env));
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          Lang lang = lang(commandLine.getCommandSpec());
          commandLine.getErr().println(Msg.INTERNAL_ERROR.render(lang, ex));
          if (parseResult.hasMatchedOption("--verbose")
              || (parseResult.subcommand() != null
                  && parseResult.subcommand().hasMatchedOption("--verbose"))) {
            ex.printStackTrace(commandLine.getErr());
          } else {
            commandLine.getErr().println(Msg.RUN_VERBOSE.render(lang));
          }
          return EXIT_BUG;
        });
    return cl;
  }

  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    // the terminal's own charset; UTF-8 when the output goes to a file or a pipe
    Console console = System.console();
    Charset cs = console != null ? console.charset() : StandardCharsets.UTF_8;
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, cs), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, cs), true);
    int code = commandLine(out, err).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
