package jp.popvision.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import jp.popvision.engine.CohortComponentStep;
import jp.popvision.engine.PackedRates;
import jp.popvision.engine.PackedStep;
import jp.popvision.engine.Projector;
import jp.popvision.io.Msg;
import jp.popvision.results.QuantileTable;
import jp.popvision.scenario.CompiledScenario;
import jp.popvision.scenario.ResolvedScenario;
import jp.popvision.scenario.UncertaintySpec;

/**
 * Benchmarks of the fast paths, measured in-process: warm-up rounds first (for the JIT), then timed
 * rounds; the median round is reported (and the best). Not a unit test: timing depends on the
 * machine and its load.
 */
public final class Bench {
  /** The benchmark's grid: 101 TFR levels × 51 migration levels (the target size). */
  static final jp.popvision.scenario.GridRange BENCH_GRID_TFR =
      jp.popvision.scenario.GridRange.of(1.2, 2.2, 0.01);

  static final jp.popvision.scenario.GridRange BENCH_GRID_MIGRATION =
      jp.popvision.scenario.GridRange.of(-2000, 500, 50);

  private Bench() {}

  /**
   * One measured figure: median and best wall time of the rounds, the median CPU time (of the
   * process: all threads, JIT and GC included; less sensitive than wall time to other programs on
   * the machine), with the target the median is held against.
   */
  public record Figure(
      jp.popvision.io.Msg.Text name,
      double median,
      double best,
      double cpu,
      String unit,
      double target) {
    public boolean met() {
      return median <= target;
    }
  }

  /** Settings: rounds, the Monte Carlo size, and whether to add the 1,000,000-trajectory run. */
  public record Settings(int warmup, int rounds, int trajectories, int threads, boolean million) {
    public Settings(int warmup, int rounds, int trajectories, int threads) {
      this(warmup, rounds, trajectories, threads, false);
    }
  }

  /**
   * The JIT, GC and heap configuration this JVM runs with, e.g. {@code JIT C1+C2 (tiered), Serial
   * GC, max heap 256 MB: -Xmx256m, 247 MB usable, 2 processors}; see {@link
   * BenchTiming#configuration}.
   */
  public static String configuration(jp.popvision.io.Lang lang) {
    return BenchTiming.configuration(lang);
  }

  /** An uncertainty spec like the shipped example: TFR, migration and e0 all noisy. */
  static UncertaintySpec benchUncertainty(int trajectories) {
    return new UncertaintySpec(
        trajectories,
        20240601L,
        new UncertaintySpec.Noise(0.15, 0.9),
        new UncertaintySpec.Noise(300, 0.5),
        new UncertaintySpec.Noise(1.0, 0.9));
  }

  /**
   * Runs the benchmarks on {@code loaded}'s scenario; {@code log} receives one line per figure as
   * it is done, in {@code lang}.
   */
  public static List<Figure> run(
      LoadedScenario loaded, Settings s, jp.popvision.io.Lang lang, Consumer<String> log) {
    Consumer<Figure> shown = x -> log.accept(BenchTiming.format(x, lang));
    CompiledScenario f = CompiledScenario.of(loaded.spec(), loaded.data());
    ResolvedScenario r = f.resolved();
    List<Figure> out = new ArrayList<>();
    BenchTiming.Sink sink = new BenchTiming.Sink();

    // 1. one step, kernel and reference
    out.add(log(shown, step(f, r, s, sink)));
    out.add(log(shown, referenceStep(r, s, sink)));

    // 2. one projection base → horizon
    out.add(log(shown, projection(f, s, sink)));
    out.add(log(shown, referenceProjection(f, r, s, sink)));

    // 3. the 101 x 51 grid as the sensitivity command computes it
    if (f.hasTfrLever() && f.hasMigrationLever()) {
      out.add(log(shown, grid(f, s, sink)));
    }

    // 4. Monte Carlo with quantiles, and the heap it needs
    UncertaintySpec u = benchUncertainty(s.trajectories());
    if (!f.hasTfrLever() || !f.hasMigrationLever()) {
      u = new UncertaintySpec(s.trajectories(), u.seed(), null, null, u.e0());
    }
    BenchTiming.resetPeaks();
    out.add(log(shown, monteCarlo(loaded, u, s, sink)));
    if (s.million() && s.trajectories() < 1_000_000) {
      out.add(log(shown, million(loaded, f, u, s, sink)));
    }
    out.add(log(shown, heap()));
    if (sink.value == 42.4242) {
      log.accept("");
    }
    return out;
  }

  /** The kernel's one step ({@link PackedStep}) on the first period's rates. */
  private static Figure step(
      CompiledScenario f, ResolvedScenario r, Settings s, BenchTiming.Sink sink) {
    PackedRates packed = PackedRates.of(r.rates().get(0), f.groups());
    double[] start = f.base();
    double[] end = new double[start.length];
    double[] work = new double[start.length];
    int stepOps = 2_000_000;
    return BenchTiming.measure(
        Msg.BENCH_STEP.with(String.valueOf(f.groups().count())),
        "ns",
        60,
        s,
        stepOps,
        () -> {
          for (int i = 0; i < stepOps; i++) {
            start[0] += 1e-9;
            PackedStep.step(start, packed, end, work);
            sink.add(end[1]);
          }
        });
  }

  /** The reference step ({@link CohortComponentStep}), for comparison. */
  private static Figure referenceStep(ResolvedScenario r, Settings s, BenchTiming.Sink sink) {
    int refOps = 50_000;
    return BenchTiming.measure(
        Msg.BENCH_REF_STEP.with(),
        "ns",
        Double.POSITIVE_INFINITY,
        s,
        refOps,
        () -> {
          for (int i = 0; i < refOps; i++) {
            sink.add(CohortComponentStep.project(r.base(), r.rates().get(0)).end().year());
          }
        });
  }

  /** The kernel's projection base → horizon ({@link CompiledScenario#project}). */
  private static Figure projection(CompiledScenario f, Settings s, BenchTiming.Sink sink) {
    int projOps = 200_000;
    double[] ind = new double[f.instants() * CompiledScenario.INDICATORS.size()];
    CompiledScenario.Workspace ws = f.workspace();
    return BenchTiming.measure(
        Msg.BENCH_PROJECTION.with(from(f), to(f)),
        "µs",
        1,
        s,
        projOps,
        () -> {
          for (int i = 0; i < projOps; i++) {
            f.project(ws, null, null, null, ind);
            sink.add(ind[ind.length - 4]);
          }
        },
        1e3);
  }

  /** The reference projection ({@link Projector}), for comparison. */
  private static Figure referenceProjection(
      CompiledScenario f, ResolvedScenario r, Settings s, BenchTiming.Sink sink) {
    int refProjOps = 5_000;
    return BenchTiming.measure(
        Msg.BENCH_REF_PROJECTION.with(from(f), to(f)),
        "µs",
        Double.POSITIVE_INFINITY,
        s,
        refProjOps,
        () -> {
          for (int i = 0; i < refProjOps; i++) {
            sink.add(Projector.run(r.base(), r.rates()).last().total());
          }
        },
        1e3);
  }

  private static String from(CompiledScenario f) {
    return String.valueOf(f.year(0));
  }

  private static String to(CompiledScenario f) {
    return String.valueOf(f.year(f.periods()));
  }

  /** The {@link #BENCH_GRID_TFR} × {@link #BENCH_GRID_MIGRATION} sensitivity grid. */
  private static Figure grid(CompiledScenario f, Settings s, BenchTiming.Sink sink) {
    double[] tfr = BENCH_GRID_TFR.values();
    double[] mig = BENCH_GRID_MIGRATION.values();
    int year =
        f.year(
            Math.min(
                f.periods(), f.instantOf(Math.min(Sensitivity.DEFAULT_YEAR, f.year(f.periods())))));
    return BenchTiming.measure(
        Msg.BENCH_GRID.with(String.valueOf(tfr.length), String.valueOf(mig.length)),
        "ms",
        100,
        s,
        1,
        () -> sink.add(Sensitivity.grid(f, tfr, mig, new int[] {year}).value(0, 0, 0, 0)),
        1e6);
  }

  /** Monte Carlo with {@code s.trajectories()} trajectories and quantiles. */
  private static Figure monteCarlo(
      LoadedScenario loaded, UncertaintySpec mc, Settings s, BenchTiming.Sink sink) {
    return BenchTiming.measure(
        Msg.BENCH_MC.with(
            String.format(java.util.Locale.ROOT, "%,d", s.trajectories()),
            String.valueOf(s.threads())),
        "ms",
        s.trajectories() >= 1_000_000 ? 3000 : 500,
        new Settings(
            Math.max(1, s.warmup() / 2),
            Math.max(3, s.rounds() / 2),
            s.trajectories(),
            s.threads()),
        1,
        () -> {
          // a fresh scenario each round: resolving it and tabulating life tables are part
          // of the cost
          CompiledScenario g = CompiledScenario.of(loaded.spec(), loaded.data());
          QuantileTable q = MonteCarlo.run(g, mc, s.threads(), null);
          sink.add(q.quantile(q.years().size() - 1, 0, 3));
        },
        1e6);
  }

  /** Monte Carlo with 1,000,000 trajectories, in as many passes as the heap needs. */
  private static Figure million(
      LoadedScenario loaded,
      CompiledScenario f,
      UncertaintySpec u,
      Settings s,
      BenchTiming.Sink sink) {
    UncertaintySpec big = u.withTrajectories(1_000_000);
    return BenchTiming.measure(
        Msg.BENCH_MC_PASSES.with(
            "1,000,000",
            String.valueOf(s.threads()),
            String.valueOf(MonteCarlo.passes(f, 1_000_000, Runtime.getRuntime().maxMemory()))),
        "ms",
        3000,
        new Settings(0, 3, 1_000_000, s.threads()),
        1,
        () -> {
          CompiledScenario g = CompiledScenario.of(loaded.spec(), loaded.data());
          QuantileTable q = MonteCarlo.run(g, big, s.threads(), null);
          sink.add(q.quantile(q.years().size() - 1, 0, 3));
        },
        1e6);
  }

  /** The heap's peak since {@link BenchTiming#resetPeaks}. */
  private static Figure heap() {
    double peakMb = BenchTiming.heapPeak() / 1048576.0;
    return new Figure(
        Msg.BENCH_HEAP_PEAK.with(BenchTiming.heap()), peakMb, peakMb, Double.NaN, "MB", 256);
  }

  private static Figure log(Consumer<Figure> log, Figure f) {
    log.accept(f);
    return f;
  }
}
