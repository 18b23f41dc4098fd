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

  /** Golden-ratio increment of SplitMix64 (Steele, Lea and Flood 2014). */
  private static final long GAMMA = 0x9E3779B97F4A7C15L;

  private MonteCarlo() {}

  /** Progress of a run: {@code done} of {@code total} trajectories. Called from worker threads. */
  @FunctionalInterface
  public interface Progress {
    void update(int done, int total);
  }

  /** The seed of trajectory {@code index}'s generator. */
  static long trajectorySeed(long seed, int index) {
    long z = seed + (index + 1L) * GAMMA;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
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
    int ind = CompiledScenario.INDICATORS.size();
    int series = instants * ind;
    int fixed = fixedSeries(f);
    int perPass = fixed == series ? 1 : seriesPerPass(series - fixed, n, maxHeap);
    int passes = passes(f, n, maxHeap);
    double[][] store = new double[Math.min(perPass, series - fixed)][n];
    int chunks = (n + CHUNK - 1) / CHUNK;
    AtomicInteger done = new AtomicInteger();
    int[] limited = new int[chunks];
    double[] q = new double[series * PROBABILITIES.length];
    double[] mean = new double[series];
    double[] own = new double[instants * ind];
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
      List<Future<?>> futures = new ArrayList<>();
      for (int pass = 0; pass < passes; pass++) {
        int from = fixed + pass * perPass;
        int to = Math.min(series, from + perPass);
        // a pass steps only as far as the last instant it keeps; the last pass steps them all
        int steps = (to - 1) / ind;
        futures.clear();
        for (int c = 0; c < chunks; c++) {
          int chunk = c;
          futures.add(
              pool.submit(
                  () -> {
                    int l =
                        trajectories(
                            f,
                            u,
                            chunk * CHUNK,
                            Math.min(n, (chunk + 1) * CHUNK),
                            store,
                            from,
                            to,
                            steps);
                    if (steps == f.periods()) {
                      limited[chunk] = l;
                    }
                    int d = done.addAndGet(Math.min(n, (chunk + 1) * CHUNK) - chunk * CHUNK);
                    if (progress != null) {
                      progress.update(d, n * passes);
                    }
                  }));
        }
        await(futures);
        quantiles(store, from, to, n, q, mean, pool);
      }
      int limitedTotal = 0;
      for (int l : limited) {
        limitedTotal += l;
      }
      if (passes == 0) {
        // no period is varied: every trajectory is the scenario's own
        limitedTotal = ownLimited > 0 ? n : 0;
      }
      int[] years = new int[instants];
      for (int i = 0; i < instants; i++) {
        years[i] = f.year(i);
      }
      return new QuantileTable(
          years,
          CompiledScenario.INDICATORS,
          PROBABILITIES,
          q,
          mean,
          own,
          n,
          limitedTotal,
          u.seed());
    } finally {
      pool.shutdownNow();
    }
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

  /**
   * Trajectories [from, to) keeping series [s0, s1), each stepped over its first {@code steps}
   * periods; returns how many were limited at zero in those periods.
   */
  static int trajectories(
      CompiledScenario f,
      UncertaintySpec u,
      int from,
      int to,
      double[][] store,
      int s0,
      int s1,
      int steps) {
    int periods = f.periods();
    double[] ownTfr = f.ownTfr();
    double[] ownMig = f.ownMigration();
    boolean tfrNoise = u.tfr() != null && u.tfr().sd() > 0;
    boolean migNoise = u.netMigration() != null && u.netMigration().sd() > 0;
    boolean e0Noise = u.e0() != null && u.e0().sd() > 0;
    double sdT = tfrNoise ? u.tfr().sd() : 0;
    double sdM = migNoise ? u.netMigration().sd() : 0;
    double sdE = e0Noise ? u.e0().sd() : 0;
    double rT = tfrNoise ? u.tfr().autocorrelation() : 0;
    double rM = migNoise ? u.netMigration().autocorrelation() : 0;
    double rE = e0Noise ? u.e0().autocorrelation() : 0;
    int first = f.firstLeverPeriod();
    int varied = periods - first;
    // the periods stepped that the levers act on: a trajectory's draws for later periods are not
    // needed (they come after these in its generator, so these are the same without them)
    int drawn = Math.max(0, Math.min(varied, steps - first));
    double[] eT = new double[varied];
    double[] eM = new double[varied];
    double[] eE = new double[varied];
    double[] tfr = new double[periods];
    double[] mig = new double[periods];
    double[] e0 = new double[periods];
    double[] out = new double[f.instants() * CompiledScenario.INDICATORS.size()];
    CompiledScenario.Workspace ws = f.workspace();
    int limited = 0;
    for (int t = from; t < to; t++) {
      deviations(new SplittableRandom(trajectorySeed(u.seed(), t)), rT, rM, rE, eT, eM, eE, drawn);
      for (int i = first; i < first + drawn; i++) {
        if (tfrNoise) {
          tfr[i] = Math.max(0, ownTfr[i] + sdT * eT[i - first]);
        }
        if (migNoise) {
          mig[i] = ownMig[i] + sdM * eM[i - first];
        }
        e0[i] = sdE * eE[i - first];
      }
      if (f.project(
              ws,
              tfrNoise ? tfr : null,
              migNoise ? mig : null,
              e0Noise ? e0 : null,
              out,
              null,
              steps)
          > 0) {
        limited++;
      }
      for (int k = s0; k < s1; k++) {
        store[k - s0][t] = out[k];
      }
    }
    return limited;
  }

  /**
   * Fills three standard AR(1) series of unit variance (ε(0) = z(0), ε(t) = ρ·ε(t−1) +
   * √(1−ρ²)·z(t)) from {@code rng}, drawing z for TFR, migration and e0 in turn in every period.
   */
  static void deviations(
      SplittableRandom rng,
      double rT,
      double rM,
      double rE,
      double[] eT,
      double[] eM,
      double[] eE) {
    deviations(rng, rT, rM, rE, eT, eM, eE, eT.length);
  }

  /** As above, for the first {@code count} periods only (the same values as the full series). */
  static void deviations(
      SplittableRandom rng,
      double rT,
      double rM,
      double rE,
      double[] eT,
      double[] eM,
      double[] eE,
      int count) {
    double iT = Math.sqrt(1 - rT * rT);
    double iM = Math.sqrt(1 - rM * rM);
    double iE = Math.sqrt(1 - rE * rE);
    for (int i = 0; i < count; i++) {
      double zT = rng.nextGaussian();
      double zM = rng.nextGaussian();
      double zE = rng.nextGaussian();
      if (i == 0) {
        eT[i] = zT;
        eM[i] = zM;
        eE[i] = zE;
      } else {
        eT[i] = rT * eT[i - 1] + iT * zT;
        eM[i] = rM * eM[i - 1] + iM * zM;
        eE[i] = rE * eE[i - 1] + iE * zE;
      }
    }
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
