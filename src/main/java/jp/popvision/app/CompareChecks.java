package jp.popvision.app;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.popvision.io.InputException;
import jp.popvision.io.Msg;
import jp.popvision.io.Problem;

/**
 * The checks of a {@link CompareRun}'s command line against its scenarios: the {@code --reference}
 * scenario exists, each {@code --year} is given once and projected by every scenario, and no
 * scenario's folder is the chart folder.
 */
final class CompareChecks {
  private CompareChecks() {}

  /** The scenario named {@code name} (the first if null). */
  static Comparison.Run reference(String name, List<Comparison.Run> runs) throws InputException {
    Comparison.Run reference = runs.get(0);
    if (name != null) {
      reference = runs.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
      if (reference == null) {
        throw new InputException(
            new Problem(
                "(command line)",
                0,
                0,
                "--reference",
                name,
                Msg.REFERENCE_UNKNOWN,
                String.join(", ", runs.stream().map(Comparison.Run::name).toList())));
      }
    }
    return reference;
  }

  /** Each {@code --year} once, and a year every scenario projects (else the tables are empty). */
  static void checkYears(int[] years, List<Comparison.Run> runs) throws InputException {
    Set<Integer> seen = new HashSet<>();
    for (int y : years) {
      if (!seen.add(y)) {
        throw new InputException(
            new Problem("(command line)", 0, 0, "--year", String.valueOf(y), Msg.YEAR_DUPLICATE));
      }
      for (Comparison.Run r : runs) {
        if (r.projection().at(y) == null) {
          throw new InputException(
              new Problem(
                  "(command line)",
                  0,
                  0,
                  "--year",
                  String.valueOf(y),
                  Msg.YEAR_NOT_PROJECTED,
                  r.name(),
                  r.projection().base().year(),
                  r.projection().last().year()));
        }
      }
    }
  }

  /** A scenario's folder must not be the comparison's chart folder. */
  static void checkChartFolder(Path target, Path chartDir, List<Comparison.Run> runs)
      throws InputException {
    Path t = target.toAbsolutePath().normalize();
    Path c = chartDir.toAbsolutePath().normalize();
    if (!c.startsWith(t) || c.equals(t)) {
      return;
    }
    String first = t.relativize(c).getName(0).toString();
    for (Comparison.Run r : runs) {
      if (r.name().equals(first)) {
        throw new InputException(
            new Problem(
                r.scenario().spec().file().toString(),
                0,
                0,
                "name",
                r.name(),
                Msg.NAME_IS_CHART_FOLDER,
                chartDir));
      }
    }
  }
}
