package jp.popvision.cli;

import java.io.PrintWriter;
import java.util.List;
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
      ReportCommand.class,
      AreasCommand.class
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

  /**
   * The language of a command line that could not be parsed: its last valid {@code --lang} value,
   * else {@link Lang#ENV}, else Japanese.
   */
  Lang langOfArgs(String[] args) {
    Lang found = null;
    for (int i = 0; i < args.length; i++) {
      String v = null;
      if (args[i].equals("--lang") && i + 1 < args.length) {
        v = args[i + 1];
      } else if (args[i].startsWith("--lang=")) {
        v = args[i].substring("--lang=".length());
      }
      Lang l = Lang.parse(v);
      if (l != null) {
        found = l;
      }
    }
    if (found != null) {
      return found;
    }
    Lang fromEnv = Lang.parse(env.get(Lang.ENV));
    return fromEnv != null ? fromEnv : Lang.JA;
  }

  public void run() {
    throw Usage.error(spec.commandLine(), Msg.USAGE_COMMAND_REQUIRED);
  }

  /** Builds the command line with the given output streams (tests inject their own). */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, System.getenv());
  }

  /** As above, in the environment {@code env} (for {@link Lang#ENV}). */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err, Map<String, String> env) {
    Main main = new Main(env);
    CommandLine cl = new CommandLine(main);
    cl.setOut(out);
    cl.setErr(err);
    // help texts and usage errors in the language of the messages (HelpBundle, Usage)
    cl.setResourceBundle(HelpBundle.of(cl, Lang.JA));
    cl.setExecutionStrategy(
        parseResult -> {
          List<CommandLine> parsed = parseResult.asCommandLineList();
          Lang lang = lang(parsed.get(parsed.size() - 1).getCommandSpec());
          if (lang != Lang.JA) {
            cl.setResourceBundle(HelpBundle.of(cl, lang));
          }
          return new CommandLine.RunLast().execute(parseResult);
        });
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          Lang lang = main.langOfArgs(args);
          cl.setResourceBundle(HelpBundle.of(cl, lang));
          return Usage.handle(ex, args, lang);
        });
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          Lang lang = lang(commandLine.getCommandSpec());
          commandLine.getErr().println(Msg.INTERNAL_ERROR.render(lang, ex));
          if (parseResult.hasMatchedOption("--verbose")
              || parseResult.subcommand() != null
                  && parseResult.subcommand().hasMatchedOption("--verbose")) {
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
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    int code = commandLine(out, err).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
