package jp.popvision.cli;

import picocli.CommandLine.Option;

/** {@code --area CODE|NAME}: the area to project, overriding the scenario's {@code area:}. */
public final class AreaOption {
  @Option(
      names = "--area",
      paramLabel = "CODE|NAME",
      description =
          "Area to project (overrides the scenario's area:): a municipality code (40228), a name"
              + " (朝倉市) or prefecture and name (福岡県朝倉市); see popvision areas.")
  String area;
}
