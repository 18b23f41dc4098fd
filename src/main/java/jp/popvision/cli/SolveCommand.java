package jp.popvision.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import jp.popvision.app.GoalSeek;
import jp.popvision.app.UsageException;
import jp.popvision.io.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code popvision solve}: the lever value that reaches a population target. */
@Command(
    name = "solve",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Find the TFR level or the net social change per 5 years that makes the projection reach a"
          + " target in a year; write solution.csv with the check run's summary.csv and"
          + " assumptions.csv. Exit 3 if the target cannot be reached within TFR 0.5-4.0 or"
          + " migration -5,000..+5,000 per 5 years.",
      ""
    })
public final class SolveCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin RunOptions run = new RunOptions();

  @Mixin LangOption langOption = new LangOption();

  @Option(
      names = {"-s", "--scenario"},
      paramLabel = "FILE",
      description = "Scenario YAML file (default: scenarios/target.yaml of the popvision home).")
  Path scenario;

  @Option(
      names = "--lever",
      paramLabel = "LEVER",
      description =
          "tfr (TFR level, path shape kept) or migration (net social change per 5 years).")
  String lever;

  @Option(
      names = "--target-year",
      paramLabel = "YEAR",
      description = "Year of the target, e.g. 2060.")
  Integer targetYear;

  @Option(
      names = {"--target-population", "--target-value"},
      paramLabel = "N",
      description = "Target value: persons (total, age_0_14) or a share 0-1 (share_65_plus).")
  Double targetValue;

  @Option(
      names = "--target",
      paramLabel = "INDICATOR",
      defaultValue = "total",
      description = "total, age_0_14 or share_65_plus (default: ${DEFAULT-VALUE}).")
  String target;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "DIR",
      description = "Output directory (default: out/<scenario name>-solve).")
  Path out;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    GoalSeek.Lever l = parseLever();
    GoalSeek.Target t = parseTarget();
    if (targetYear == null) {
      throw new ParameterException(
          spec.commandLine(), "Missing required option: '--target-year=YEAR'");
    }
    if (targetValue == null) {
      throw new ParameterException(
          spec.commandLine(), "Missing required option: '--target-population=N'");
    }
    if (t.isShare()
        ? !(targetValue > 0 && targetValue < 1)
        : !(targetValue > 0) || targetValue.isInfinite()) {
      throw new ParameterException(
          spec.commandLine(),
          "--target-population: "
              + (t.isShare()
                  ? "a share between 0 and 1 (e.g. 0.40)"
                  : "a positive number of persons"));
    }
    Path file = scenario != null ? scenario : SimulateCommand.defaultScenario();
    List<String> cmd = RunOptions.commandLine(spec);
    GoalSeek.Result r;
    try {
      r =
          GoalSeek.run(
              file, l, t, targetYear, targetValue, this.out, run.force, cmd, Version.get());
    } catch (InputException e) {
      return Report.problems(err, Main.lang(spec), e);
    } catch (UsageException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    } catch (GoalSeek.Unreachable e) {
      err.println("error: " + e.getMessage());
      err.println("Nothing was written.");
      return Main.EXIT_INPUT;
    }
    for (String note : r.solution().solved().notes()) {
      err.println("note: " + note);
    }
    Report.warnings(err, Main.lang(spec), r.warnings());
    if (!run.quiet) {
      GoalSeek.Solution s = r.solution();
      var sc = r.scenario().spec();
      out.println(sc.name() + ": " + sc.title());
      String value =
          l == GoalSeek.Lever.TFR
              ? String.format(
                  Locale.ROOT,
                  "TFR level %.3f (reached %d, path shape kept)",
                  s.value(),
                  s.leverFromYear())
              : String.format(
                  Locale.ROOT,
                  "net social change %,.0f per 5 years from %d",
                  s.value(),
                  s.leverFromYear());
      String goal =
          t.isShare()
              ? String.format(
                  Locale.ROOT, "%s %.4f in %d", t.key(), s.targetValue(), s.targetYear())
              : String.format(
                  Locale.ROOT, "%s %,.0f in %d", t.key(), s.targetValue(), s.targetYear());
      String got =
          t.isShare()
              ? String.format(Locale.ROOT, "%.6f", s.achieved())
              : String.format(Locale.ROOT, "%,.1f", s.achieved());
      out.println("  " + goal + " needs " + value);
      double rel = 100 * (s.achieved() / s.targetValue() - 1);
      out.println(
          "  check run: "
              + got
              + " ("
              + String.format(Locale.ROOT, "%+.4f%%", Math.abs(rel) < 5e-5 ? 0.0 : rel)
              + ")");
      out.println("Wrote " + r.outDir() + "/ (" + String.join(", ", r.files()) + ")");
    }
    return 0;
  }

  private GoalSeek.Lever parseLever() {
    if (lever == null) {
      throw new ParameterException(
          spec.commandLine(), "Missing required option: '--lever=LEVER' (tfr or migration)");
    }
    for (GoalSeek.Lever l : GoalSeek.Lever.values()) {
      if (l.key().equals(lever)) {
        return l;
      }
    }
    throw new ParameterException(
        spec.commandLine(), "--lever: '" + lever + "' is not one of tfr, migration");
  }

  private GoalSeek.Target parseTarget() {
    for (GoalSeek.Target t : GoalSeek.Target.values()) {
      if (t.key().equals(target)) {
        return t;
      }
    }
    throw new ParameterException(
        spec.commandLine(),
        "--target: '" + target + "' is not one of total, age_0_14, share_65_plus");
  }
}
