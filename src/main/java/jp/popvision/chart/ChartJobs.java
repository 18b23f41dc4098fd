package jp.popvision.chart;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Draws charts concurrently: one task per chart on a small daemon pool. */
final class ChartJobs {
  /** Most threads used to draw charts. */
  static final int THREADS = 4;

  private ChartJobs() {}

  /**
   * Runs chart-drawing jobs concurrently (as many threads as processors, at most {@value #THREADS})
   * and returns their PNGs in the jobs' order.
   */
  static Map<String, byte[]> run(Map<String, Callable<byte[]>> jobs) {
    int threads = Math.max(1, Math.min(THREADS, Runtime.getRuntime().availableProcessors()));
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "popvision-chart");
              t.setDaemon(true);
              return t;
            });
    try {
      Map<String, Future<byte[]>> futures = new LinkedHashMap<>();
      jobs.forEach((name, job) -> futures.put(name, pool.submit(job)));
      Map<String, byte[]> out = new LinkedHashMap<>();
      for (var e : futures.entrySet()) {
        out.put(e.getKey(), e.getValue().get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while drawing charts", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("drawing a chart failed", cause);
    } finally {
      pool.shutdownNow();
    }
  }
}
