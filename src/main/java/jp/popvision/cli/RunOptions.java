package jp.popvision.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** Options every command that writes outputs shares. */
public final class RunOptions {
  @Option(names = "--force", descriptionKey = "HELP_OPT_FORCE")
  boolean force;

  @Option(names = "--verbose", descriptionKey = "HELP_OPT_VERBOSE")
  boolean verbose;

  @Option(
      names = {"-q", "--quiet"},
      descriptionKey = "HELP_OPT_QUIET")
  boolean quiet;

  /** The command line as typed (for the manifest): {@code popvision} and the arguments. */
  static List<String> commandLine(CommandSpec spec) {
    List<String> cmd = new ArrayList<>(List.of("popvision"));
    cmd.addAll(spec.commandLine().getParseResult().originalArgs());
    return cmd;
  }
}
