package jp.popvision.app;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import jp.popvision.engine.Quantiles;
import jp.popvision.results.QuantileTable;
import jp.popvision.scenario.CompiledScenario;
import jp.popvision.scenario.UncertaintySpec;

/**
 * Monte Carlo over the deterministic projection: every trajectory draws autocorrelated deviations
 * of the period TFR, net migration and life expectancy ({@link UncertaintySpec}), projects with the
 * allocation-free kernel and keeps only its indicators per year; the quantiles are then exact (type
 * 7, {@link Quantiles}) over all trajectories.
 *
 * <p>Only the periods the levers act on are varied ({@link CompiledScenario#firstLeverPeriod}):
 * with 時点修正 the periods up to the calibrated census are history and every trajectory passes through
 * it.
 *
 * <p>Determinism: trajectory i draws from its own generator, a {@link SplittableRandom} seeded with
 * SplitMix64(seed + (i + 1)·γ), and always draws three standard normals per period in the order
 * TFR, migration, e0 (also those whose sd is 0, so that adding one source of noise leaves the
 * others' draws unchanged). Results therefore depend on the seed and the trajectory count only,
 * never on the number of threads or their scheduling (tested with 1 and 2 threads).
 *
 * <p>Memory: one double per trajectory, year and indicator (100,000 trajectories × 12 years × 4
 * indicators = 38 MB), no trajectory's full population table; when that exceeds a third of the
 * heap, the series are kept in passes ({@link #seriesPerPass}).
 */
public final class MonteCarlo {
  /** Probabilities of the quantiles reported. */
  public static final double[] PROBABILITIES = {0.025, 0.10, 0.25, 0.50, 0.75, 0.90, 0.975};

  /** Trajectories per task handed to a thread. */
  static final int CHUNK = 1024;

  private MonteCarlo() {}

  /** Progress of a run: {@code done} of {@code total} trajectories. Called from worker threads. */
  @FunctionalInterface
  public interface Progress {
    void update(int done, int total);
  }

  /**
   * Runs {@code u.trajectories()} trajectories on {@code threads} threads.
   *
   * @param progress told (from worker threads) how many trajectories are done; may be null
   */
  public static QuantileTable run(
      CompiledScenario f, UncertaintySpec u, int threads, Progress progress) {
    return run(f, u, threads, progress, Runtime.getRuntime().maxMemory());
  }

  /** As above, keeping the series in passes as if the heap were {@code maxHeap} bytes. */
  static QuantileTable run(
      CompiledScenario f, UncertaintySpec u, int threads, Progress progress, long maxHeap) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    if (u.tfr() != null && u.tfr().sd() > 0 && !f.hasTfrLever()) {
      throw new IllegalArgumentException("TFR noise needs a scenario with a TFR path");
    }
    if (u.netMigration() != null && u.netMigration().sd() > 0 && !f.hasMigrationLever()) {
      throw new IllegalArgumentException("migration noise needs a scenario with net counts");
    }
    int n = u.trajectories();
    int instants = f.instants();
    int series = instants * CompiledScenario.INDICATORS.size();
    int fixed = fixedSeries(f);
    int perPass = fixed == series ? 1 : seriesPerPass(series - fixed, n, maxHeap);
    double[] q = new double[series * PROBABILITIES.length];
    double[] mean = new double[series];
    double[] own = new double[series];
    int ownLimited = f.project(f.workspace(), null, null, null, own);
    fixedQuantiles(own, fixed, n, q, mean);
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "popvision-monte-carlo");
              t.setDaemon(true);
              return t;
            });
    try {
      if (u.e0() != null && u.e0().sd() > 0) {
        f.prepareLifeExpectancy(u.e0().sd(), pool);
      }
      int limited =
          fixed == series
              ? (ownLimited > 0 ? n : 0) // no period is varied: every trajectory is the own run
              : runPasses(f, u, pool, progress, fixed, perPass, q, mean);
      int[] years = new int[instants];
      for (int i = 0; i < instants; i++) {
        years[i] = f.year(i);
      }
      return new QuantileTable(
          years, CompiledScenario.INDICATORS, PROBABILITIES, q, mean, own, n, limited, u.seed());
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Simulates the trajectories once per pass, keeping {@code perPass} of the series from {@code
   * fixed} on each time, and fills their quantiles and means; returns how many trajectories were
   * limited at zero (counted in the last pass, the one that steps every period).
   */
  private static int runPasses(
      CompiledScenario f,
      UncertaintySpec u,
      ExecutorService pool,
      Progress progress,
      int fixed,
      int perPass,
      double[] q,
      double[] mean) {
    int n = u.trajectories();
    int ind = CompiledScenario.INDICATORS.size();
    int series = f.instants() * ind;
    int passes = (series - fixed + perPass - 1) / perPass;
    double[][] store = new double[Math.min(perPass, series - fixed)][n];
    int chunks = (n + CHUNK - 1) / CHUNK;
    AtomicInteger done = new AtomicInteger();
    int[] limited = new int[chunks];
    List<Future<?>> futures = new ArrayList<>();
    for (int pass = 0; pass < passes; pass++) {
      int from = fixed + pass * perPass;
      int to = Math.min(series, from + perPass);
      // a pass steps only as far as the last instant it keeps; the last pass steps them all
      int steps = (to - 1) / ind;
      futures.clear();
      for (int c = 0; c < chunks; c++) {
        int t0 = c * CHUNK;
        int t1 = Math.min(n, t0 + CHUNK);
        int chunk = c;
        futures.add(
            pool.submit(
                () -> {
                  int l = Trajectories.run(f, u, t0, t1, store, from, to, steps);
                  if (steps == f.periods()) {
                    limited[chunk] = l;
                  }
                  int d = done.addAndGet(t1 - t0);
                  if (progress != null) {
                    progress.update(d, n * passes);
                  }
                }));
      }
      await(futures);
      quantiles(store, from, to, n, q, mean, pool);
    }
    int total = 0;
    for (int l : limited) {
      total += l;
    }
    return total;
  }

  /**
   * How many year × indicator series one pass keeps (one double per trajectory each): all of them
   * when they take at most a third of the heap, else as many as fit; the trajectories are then
   * simulated once per pass, each pass keeping other series. Every trajectory draws from its own
   * seeded generator, so each pass reproduces the same trajectories and the quantiles stay exact
   * and the same whatever the number of passes (1,000,000 trajectories × 48 series = 384 MB would
   * not fit a 256 MB heap in one pass).
   */
  static int seriesPerPass(int series, int trajectories, long maxHeap) {
    long budget = maxHeap / 3;
    long perSeries = 8L * trajectories;
    return (int) Math.max(1, Math.min(series, budget / perSeries));
  }

  /**
   * How many year × indicator series are the same in every trajectory: those of the instants up to
   * the first period the levers act on (the base year and the history before it, e.g. up to a
   * calibrated census), which no noise reaches ({@link CompiledScenario#firstLeverPeriod}).
   */
  static int fixedSeries(CompiledScenario f) {
    return Math.min(f.instants(), f.firstLeverPeriod() + 1) * CompiledScenario.INDICATORS.size();
  }

  /**
   * How many times {@link #run} simulates the trajectories with {@code maxHeap} bytes of heap: once
   * per pass over the series that vary ({@link #seriesPerPass}); 0 when none varies.
   */
  public static int passes(CompiledScenario f, int trajectories, long maxHeap) {
    int varied = f.instants() * CompiledScenario.INDICATORS.size() - fixedSeries(f);
    if (varied == 0) {
      return 0;
    }
    int perPass = seriesPerPass(varied, trajectories, maxHeap);
    return (varied + perPass - 1) / perPass;
  }

  /**
   * Mean and quantiles of the series [0, fixed), the same value v in every one of the n
   * trajectories: every quantile is v (type 7 between equal order statistics) and the mean is their
   * sum, added in trajectory order as for the other series, over n, so that the figures are those
   * that keeping the n copies would give.
   */
  private static void fixedQuantiles(double[] own, int fixed, int n, double[] q, double[] mean) {
    for (int s = 0; s < fixed; s++) {
      double v = own[s];
      double sum = 0;
      for (int t = 0; t < n; t++) {
        sum += v;
      }
      mean[s] = sum / n;
      java.util.Arrays.fill(q, s * PROBABILITIES.length, (s + 1) * PROBABILITIES.length, v);
    }
  }

  /** Mean and quantiles of series [from, to) kept in {@code store[s - from]}, in parallel. */
  private static void quantiles(
      double[][] store, int from, int to, int n, double[] q, double[] mean, ExecutorService pool) {
    List<Future<?>> futures = new ArrayList<>();
    for (int s = from; s < to; s++) {
      int series = s;
      futures.add(
          pool.submit(
              () -> {
                double[] v = store[series - from];
                double sum = 0;
                for (double x : v) {
                  sum += x;
                }
                mean[series] = sum / n;
                double[] qs = Quantiles.of(v, 0, n, PROBABILITIES);
                System.arraycopy(qs, 0, q, series * PROBABILITIES.length, PROBABILITIES.length);
              }));
    }
    await(futures);
  }

  private static void await(List<Future<?>> futures) {
    try {
      for (Future<?> fu : futures) {
        fu.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException re) {
        throw re;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(c);
    }
  }
}
