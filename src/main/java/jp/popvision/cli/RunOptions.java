package jp.popvision.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** Options every command that writes outputs shares. */
public final class RunOptions {
  @Option(
      names = "--force",
      description =
          "Replace the output (and chart) directory even if it was not written by popvision.")
  boolean force;

  @Option(names = "--verbose", description = "Show stack traces of internal errors.")
  boolean verbose;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print nothing but errors and warnings.")
  boolean quiet;

  /** The command line as typed (for the manifest): {@code popvision} and the arguments. */
  static List<String> commandLine(CommandSpec spec) {
    List<String> cmd = new ArrayList<>(List.of("popvision"));
    cmd.addAll(spec.commandLine().getParseResult().originalArgs());
    return cmd;
  }
}
