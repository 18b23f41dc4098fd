package jp.popvision.cli;

import picocli.CommandLine.Option;

/** {@code --area CODE|NAME}: the area to project, overriding the scenario's {@code area:}. */
public final class AreaOption {
  @Option(names = "--area", paramLabel = "CODE|NAME", descriptionKey = "HELP_OPT_AREA")
  String area;
}
