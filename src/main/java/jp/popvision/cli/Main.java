package jp.popvision.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
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
      BenchCommand.class
    },
    description = {
      "Population projection and scenario simulator for Japanese municipal planners"
          + " (cohort-component method, 5-year ages and steps).",
      ""
    },
    footer = {
      "",
      "Exit codes: 0 ok, 1 internal error, 2 usage error, 3 invalid input.",
      "Example: popvision simulate --scenario scenarios/target.yaml"
    })
public final class Main implements Runnable {
  /** Exit code for invalid input files. */
  public static final int EXIT_INPUT = 3;

  /** Exit code for an internal error (a bug). */
  public static final int EXIT_BUG = 1;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (e.g. simulate)");
  }

  /** Builds the command line with the given output streams (tests inject their own). */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          commandLine.getErr().println("popvision: internal error: " + ex);
          if (parseResult.hasMatchedOption("--verbose")
              || parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--verbose")) {
            ex.printStackTrace(commandLine.getErr());
          } else {
            commandLine.getErr().println("(run again with --verbose for the stack trace)");
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
