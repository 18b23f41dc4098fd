package jp.popvision.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import jp.popvision.app.GoalSeek;
import jp.popvision.app.UsageException;
import jp.popvision.io.InputException;
import jp.popvision.io.Lang;
import jp.popvision.io.Msg;
import jp.popvision.io.NumberText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code popvision solve}: the lever value that reaches a population target. */
@Command(name = "solve", mixinStandardHelpOptions = true, versionProvider = Version.class)
public final class SolveCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin RunOptions run = new RunOptions();

  @Mixin AreaOption areaOption = new AreaOption();

  @Mixin LangOption langOption = new LangOption();

  @Mixin ExcelOption excelOption = new ExcelOption();

  @Option(
      names = {"-s", "--scenario"},
      paramLabel = "FILE",
      descriptionKey = "HELP_OPT_SCENARIO")
  Path scenario;

  @Option(names = "--lever", paramLabel = "LEVER", descriptionKey = "HELP_SOLVE_LEVER")
  String lever;

  @Option(names = "--target-year", paramLabel = "YEAR", descriptionKey = "HELP_SOLVE_TARGET_YEAR")
  Integer targetYear;

  @Option(
      names = {"--target-population", "--target-value"},
      paramLabel = "N",
      descriptionKey = "HELP_SOLVE_TARGET_POPULATION")
  Double targetValue;

  @Option(
      names = "--target",
      paramLabel = "INDICATOR",
      defaultValue = "total",
      descriptionKey = "HELP_SOLVE_TARGET")
  String target;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "DIR",
      descriptionKey = "HELP_SOLVE_OUT")
  Path out;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    GoalSeek.Lever l = parseLever();
    GoalSeek.Target t = parseTarget();
    checkTarget(t);
    Lang lang = Main.lang(spec);
    Path file = scenario != null ? scenario : SimulateCommand.defaultScenario();
    List<String> cmd = RunOptions.commandLine(spec);
    jp.popvision.app.SolveRun.Result r;
    try {
      r =
          jp.popvision.app.SolveRun.run(
              file,
              areaOption.area,
              l,
              t,
              targetYear,
              targetValue,
              this.out,
              run.force,
              cmd,
              Version.get(),
              excelOption.workbook(spec));
    } catch (InputException e) {
      return Report.problems(err, lang, e);
    } catch (UsageException e) {
      throw new Usage.Error(spec.commandLine(), e.text());
    } catch (GoalSeek.Unreachable e) {
      err.println(Msg.LINE_ERROR.render(lang, e.text()));
      err.println(Msg.NOTHING_WRITTEN.render(lang, 1));
      return Main.EXIT_INPUT;
    }
    Report.notes(err, lang, Msg.notes(r.notes()));
    Report.warnings(err, lang, r.warnings());
    if (!run.quiet) {
      print(out, err, lang, r, l, t);
    }
    return 0;
  }

  /** --target-year and a target value in range (a share in ]0, 1[, persons above 0) are needed. */
  private void checkTarget(GoalSeek.Target t) {
    if (targetYear == null) {
      throw Usage.error(spec.commandLine(), Msg.USAGE_MISSING, "--target-year=YEAR");
    }
    if (targetValue == null) {
      throw Usage.error(spec.commandLine(), Msg.USAGE_MISSING, "--target-population=N");
    }
    if (t.isShare()
        ? !(targetValue > 0 && targetValue < 1)
        : !(targetValue > 0) || targetValue.isInfinite()) {
      throw Usage.error(
          spec.commandLine(), t.isShare() ? Msg.USAGE_TARGET_SHARE : Msg.USAGE_TARGET_PERSONS);
    }
  }

  /** The lever value needed for the goal, the check run's result and the files written. */
  private static void print(
      PrintWriter out,
      PrintWriter err,
      Lang lang,
      jp.popvision.app.SolveRun.Result r,
      GoalSeek.Lever l,
      GoalSeek.Target t) {
    GoalSeek.Solution s = r.solution();
    var sc = r.scenario().spec();
    out.println(sc.name() + ": " + jp.popvision.io.Escapes.shown(sc.title()));
    String value =
        l == GoalSeek.Lever.TFR
            ? Msg.SOLVE_TFR.render(lang, NumberText.fixed(s.value(), 3, lang), s.leverFromYear())
            : Msg.SOLVE_MIGRATION.render(
                    lang, NumberText.persons(s.value(), lang), s.leverFromYear())
                + Report.registerTerms(s.value(), s.registerRatio(), lang);
    Msg what = Msg.valueOf("COL_" + t.key().toUpperCase(Locale.ROOT));
    String goal =
        t.isShare()
            ? Msg.SOLVE_GOAL_SHARE.render(
                lang, what, NumberText.fixed(s.targetValue(), 4, lang), s.targetYear())
            : Msg.SOLVE_GOAL_PERSONS.render(
                lang, what, NumberText.persons(s.targetValue(), lang), s.targetYear());
    String got =
        t.isShare()
            ? NumberText.fixed(s.achieved(), 6, lang)
            : NumberText.fixed(s.achieved(), 1, lang);
    out.println(Msg.SOLVE_NEEDS.render(lang, goal, value));
    double rel = 100 * (s.achieved() / s.targetValue() - 1);
    out.println(
        Msg.SOLVE_CHECK.render(
            lang, got, NumberText.signedPct(Math.abs(rel) < 5e-5 ? 0.0 : rel, 4, lang)));
    Report.kept(err, lang, r.kept());
    out.println(SimulateCommand.wrote(lang, r.outDir(), r.files()));
  }

  private GoalSeek.Lever parseLever() {
    if (lever == null) {
      throw Usage.error(spec.commandLine(), Msg.USAGE_MISSING, "--lever=LEVER (tfr, migration)");
    }
    for (GoalSeek.Lever l : GoalSeek.Lever.values()) {
      if (l.key().equals(lever)) {
        return l;
      }
    }
    throw Usage.error(spec.commandLine(), Msg.USAGE_LEVER, lever);
  }

  private GoalSeek.Target parseTarget() {
    for (GoalSeek.Target t : GoalSeek.Target.values()) {
      if (t.key().equals(target)) {
        return t;
      }
    }
    throw Usage.error(spec.commandLine(), Msg.USAGE_TARGET, target);
  }
}
