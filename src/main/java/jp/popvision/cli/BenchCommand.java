package jp.popvision.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import jp.popvision.app.Bench;
import jp.popvision.app.LoadedScenario;
import jp.popvision.io.InputException;
import jp.popvision.scenario.CompiledScenario;
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

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (trajectories < 10 || trajectories > 1_000_000) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--trajectories must be from 10 to 1,000,000");
    }
    if (rounds < 1 || rounds > 100) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--rounds must be from 1 to 100");
    }
    int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    if (t < 1 || t > 256) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--threads must be from 1 to 256");
    }
    Path file = scenario != null ? scenario : SimulateCommand.defaultScenario();
    LoadedScenario loaded;
    try {
      loaded = LoadedScenario.read(file, areaOption.area);
      loaded.resolving(() -> CompiledScenario.of(loaded.spec(), loaded.data()));
    } catch (InputException e) {
      return Report.problems(err, Main.lang(spec), e);
    }
    out.println(
        "popvision "
            + Version.get()
            + " bench: "
            + loaded.spec().name()
            + ", Java "
            + System.getProperty("java.version")
            + ", "
            + Runtime.getRuntime().availableProcessors()
            + " processors, "
            + List.of(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments())
                .toString()
                .replace("[[", "[")
                .replace("]]", "]"));
    out.println("configuration: " + Bench.configuration());
    List<Bench.Figure> figures =
        Bench.run(
            loaded,
            new Bench.Settings(Math.max(2, rounds / 2), rounds, trajectories, t, true),
            line -> {
              out.println(line);
              out.flush();
            });
    long missed = figures.stream().filter(x -> !x.met()).count();
    out.println(missed == 0 ? "All targets met." : missed + " target(s) not met.");
    return 0;
  }
}
