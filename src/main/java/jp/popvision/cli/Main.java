package jp.popvision.cli;

import java.io.Console;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.popvision.chart.ChartWriter;
import jp.popvision.io.Lang;
import jp.popvision.io.Msg;
import jp.popvision.io.ScenarioReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Entry point: {@code popvision <command> …}. The only place that calls System.exit. */
@Command(name = "popvision", mixinStandardHelpOptions = true, versionProvider = Version.class)
public final class Main implements Runnable {
  /** Exit code for invalid input files. */
  public static final int EXIT_INPUT = 3;

  /** Exit code for an internal error (a bug). */
  public static final int EXIT_BUG = 1;

  /** The subcommands, in the order of the help ({@link #commandLine(PrintWriter, PrintWriter)}). */
  static final List<Class<?>> COMMANDS =
      List.of(
          SimulateCommand.class,
          CompareCommand.class,
          BacktestCommand.class,
          SensitivityCommand.class,
          SolveCommand.class,
          UncertaintyCommand.class,
          BenchCommand.class,
          ReportCommand.class,
          AreasCommand.class,
          TrackCommand.class);

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

  @Override
  public void run() {
    throw Usage.error(spec.commandLine(), Msg.USAGE_COMMAND_REQUIRED);
  }

  /** Builds the command line with the given output streams (tests inject their own). */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, System.getenv());
  }

  /** As above, in the environment {@code env} (for {@link Lang#ENV}). */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err, Map<String, String> env) {
    return commandLine(out, err, env, COMMANDS);
  }

  /**
   * The command line for {@code args}: when they name a command, with that command only, else with
   * all. Building picocli's model of a command costs start-up time (its classes are in a class
   * format that class-data sharing cannot archive), and a run needs the model of its own command
   * only; help, version and mistyped commands get every command, for the list and the suggestions.
   */
  static CommandLine forArgs(
      PrintWriter out, PrintWriter err, Map<String, String> env, String[] args) {
    String name = commandName(args);
    if (versionOnly(args)) {
      return commandLine(out, err, env, List.of());
    }
    for (Class<?> c : COMMANDS) {
      if (c.getAnnotation(Command.class).name().equals(name)) {
        return commandLine(out, err, env, List.of(c));
      }
    }
    return commandLine(out, err, env, COMMANDS);
  }

  /**
   * Whether {@code args} are just {@code -V} or {@code --version} (no command's model is needed;
   * with other options, e.g. a wrong {@code --lang}, the usage message lists the commands).
   */
  static boolean versionOnly(String[] args) {
    return args.length == 1 && (args[0].equals("-V") || args[0].equals("--version"));
  }

  /** The first argument that is not an option or the value of {@code --lang}; null if none. */
  static String commandName(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--lang")) {
        i++;
      } else if (!args[i].startsWith("-")) {
        return args[i];
      }
    }
    return null;
  }

  private static CommandLine commandLine(
      PrintWriter out, PrintWriter err, Map<String, String> env, List<Class<?>> commands) {
    Main main = new Main(env);
    CommandLine cl = new CommandLine(main);
    for (Class<?> c : commands) {
      cl.addSubcommand(c);
    }
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

  /** The commands that draw charts unless told {@code --no-charts} (their ChartOptionsMixin). */
  private static final Set<String> CHART_COMMANDS =
      Set.of("simulate", "compare", "sensitivity", "uncertainty", "track", "backtest", "report");

  /**
   * Starts, on a background thread, what the command named first on the command line will need (the
   * YAML parser; then fonts and Java2D for one that draws charts) while picocli parses the command
   * line on this one (issue 15; one thread for both competes less with this one than two did). A
   * warm-up only: a wrong guess costs CPU time, never output; the command line is parsed and
   * checked by picocli alone.
   */
  private static void prepare(String[] args) {
    if (args.length == 0 || args[0].startsWith("-")) {
      return; // --version, --help, or an option first: nothing to guess
    }
    boolean charts =
        CHART_COMMANDS.contains(args[0]) && !Arrays.asList(args).contains("--no-charts");
    Thread t =
        new Thread(
            () -> {
              ScenarioReader.warmUp();
              if (charts) {
                ChartWriter.preloadHere();
              }
            },
            "popvision-prepare");
    t.setDaemon(true);
    t.start();
  }

  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    prepare(args);
    // the terminal's own charset; UTF-8 when the output goes to a file or a pipe
    Console console = System.console();
    Charset cs = console != null ? console.charset() : StandardCharsets.UTF_8;
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, cs), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, cs), true);
    int code = forArgs(out, err, System.getenv(), args).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
