package jp.popvision.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import jp.popvision.app.Bench;
import jp.popvision.app.LoadedScenario;
import jp.popvision.io.InputException;
import jp.popvision.io.Lang;
import jp.popvision.io.Msg;
import jp.popvision.scenario.CompiledScenario;
import jp.popvision.scenario.Limits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code popvision bench}: timing of the fast paths on a scenario. */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = Version.class)
public final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin RunOptions run = new RunOptions();

  @Mixin AreaOption areaOption = new AreaOption();

  @Mixin LangOption langOption = new LangOption();

  @Option(
      names = {"-s", "--scenario"},
      paramLabel = "FILE",
      descriptionKey = "HELP_OPT_SCENARIO")
  Path scenario;

  @Option(
      names = "--trajectories",
      paramLabel = "N",
      defaultValue = "100000",
      descriptionKey = "HELP_BENCH_TRAJECTORIES")
  int trajectories;

  @Option(names = "--threads", paramLabel = "N", descriptionKey = "HELP_BENCH_THREADS")
  Integer threads;

  @Option(
      names = "--rounds",
      paramLabel = "N",
      defaultValue = "7",
      descriptionKey = "HELP_BENCH_ROUNDS")
  int rounds;

  @Option(
      names = "--million",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      descriptionKey = "HELP_BENCH_MILLION")
  boolean million;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (trajectories < Limits.TRAJECTORIES_MIN || trajectories > Limits.TRAJECTORIES_MAX) {
      throw Usage.error(
          spec.commandLine(),
          Msg.USAGE_GRID_BOUNDS,
          "--trajectories",
          String.format(java.util.Locale.ROOT, "%,d", Limits.TRAJECTORIES_MIN),
          String.format(java.util.Locale.ROOT, "%,d", Limits.TRAJECTORIES_MAX));
    }
    if (rounds < 1 || rounds > 100) {
      throw Usage.error(spec.commandLine(), Msg.USAGE_GRID_BOUNDS, "--rounds", "1", "100");
    }
    int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    if (t < 1 || t > 256) {
      throw Usage.error(spec.commandLine(), Msg.USAGE_GRID_BOUNDS, "--threads", "1", "256");
    }
    Lang lang = Main.lang(spec);
    Path file = scenario != null ? scenario : SimulateCommand.defaultScenario();
    LoadedScenario loaded;
    try {
      loaded = LoadedScenario.read(file, areaOption.area);
      loaded.resolving(() -> CompiledScenario.of(loaded.spec(), loaded.data()));
    } catch (InputException e) {
      return Report.problems(err, Main.lang(spec), e);
    }
    out.println(
        Msg.BENCH_HEADER.render(
            lang,
            Version.get(),
            loaded.spec().name(),
            System.getProperty("java.version"),
            String.valueOf(Runtime.getRuntime().availableProcessors()),
            java.lang.management.ManagementFactory.getRuntimeMXBean()
                .getInputArguments()
                .toString()));
    out.println(Msg.BENCH_CONFIGURATION.render(lang, Bench.configuration(lang)));
    List<Bench.Figure> figures =
        Bench.run(
            loaded,
            new Bench.Settings(Math.max(2, rounds / 2), rounds, trajectories, t, million),
            lang,
            line -> {
              out.println(line);
              out.flush();
            });
    long missed = figures.stream().filter(x -> !x.met()).count();
    out.println(
        missed == 0
            ? Msg.BENCH_ALL_MET.template(lang)
            : Msg.BENCH_SOME_NOT_MET.render(lang, String.valueOf(missed)));
    return 0;
  }
}
