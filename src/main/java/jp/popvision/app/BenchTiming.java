package jp.popvision.app;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.List;
import jp.popvision.app.Bench.Figure;
import jp.popvision.app.Bench.Settings;

/**
 * How {@link Bench} measures: warm-up rounds, then the median (and best) of timed rounds, wall and
 * process CPU time; the heap's peak; and the JVM configuration the figures hold for.
 */
final class BenchTiming {
  private BenchTiming() {}

  /**
   * The JIT and memory configuration this JVM runs with, e.g. {@code JIT C1+C2 (tiered), Serial GC,
   * max heap 256 MB: -Xmx256m, 247 MB usable, 2 processors}: the launcher gives heavy commands
   * (bench among them) the tiered compiler and the others C1 only ({@code
   * -XX:TieredStopAtLevel=1}), and bench a 256 MB heap.
   */
  static String configuration() {
    List<String> args = ManagementFactory.getRuntimeMXBean().getInputArguments();
    String jit = "JIT C1+C2 (tiered)";
    String gc = "default GC";
    for (String a : args) {
      if (a.startsWith("-XX:TieredStopAtLevel=")) {
        jit = a.endsWith("=1") ? "JIT C1 only (-XX:TieredStopAtLevel=1)" : "JIT " + a;
      } else if (a.equals("-Xint")) {
        jit = "interpreter only (-Xint)";
      } else if (a.startsWith("-XX:+Use") && a.endsWith("GC")) {
        gc = a.substring("-XX:+Use".length(), a.length() - 2) + " GC";
      }
    }
    return jit
        + ", "
        + gc
        + ", "
        + heap()
        + ", "
        + Runtime.getRuntime().availableProcessors()
        + " processors";
  }

  /**
   * The heap limit as given: {@code max heap 256 MB: -Xmx256m, 247 MB usable} with an {@code -Xmx}
   * option (the JVM reports a little less as usable: one survivor space is not counted), else
   * {@code max heap 5827 MB: JVM default, no -Xmx}.
   */
  static String heap() {
    String xmx = null;
    for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (a.startsWith("-Xmx")) {
        xmx = a; // the last one wins, as for the JVM
      }
    }
    long usable = Runtime.getRuntime().maxMemory() / 1048576;
    return xmx == null
        ? "max heap " + usable + " MB: JVM default, no -Xmx"
        : "max heap " + xmxMb(xmx.substring(4)) + " MB: " + xmx + ", " + usable + " MB usable";
  }

  /** Megabytes of an -Xmx value such as {@code 256m}, {@code 1g} or {@code 268435456}. */
  private static String xmxMb(String v) {
    if (v.isEmpty()) {
      return "?";
    }
    char unit = Character.toLowerCase(v.charAt(v.length() - 1));
    String digits = Character.isDigit(unit) ? v : v.substring(0, v.length() - 1);
    try {
      long x = Long.parseLong(digits);
      long bytes =
          switch (unit) {
            case 'k' -> x << 10;
            case 'm' -> x << 20;
            case 'g' -> x << 30;
            case 't' -> x << 40;
            default -> x;
          };
      return Long.toString(bytes >> 20);
    } catch (NumberFormatException e) {
      return "?";
    }
  }

  /** {@code name median unit (best …; CPU …; target ≤ …)}. */
  static String format(Figure f) {
    String target =
        Double.isInfinite(f.target())
            ? "for comparison"
            : "target <= " + num(f.target()) + " " + f.unit() + (f.met() ? ", met" : ", NOT MET");
    return String.format(
        java.util.Locale.ROOT,
        "%-62s %10s %-2s  (best %s;%s %s)",
        f.name(),
        num(f.median()),
        f.unit(),
        num(f.best()),
        Double.isNaN(f.cpu()) ? "" : " CPU " + num(f.cpu()) + ";",
        target);
  }

  private static String num(double v) {
    return v >= 100
        ? String.format(java.util.Locale.ROOT, "%,.0f", v)
        : v >= 10
            ? String.format(java.util.Locale.ROOT, "%.1f", v)
            : String.format(java.util.Locale.ROOT, "%.3f", v);
  }

  static Figure measure(
      String name, String unit, double target, Settings s, int ops, Runnable body) {
    return measure(name, unit, target, s, ops, body, 1);
  }

  /** Median and best of {@code rounds} timed rounds of {@code ops} operations, in ns / divisor. */
  static Figure measure(
      String name, String unit, double target, Settings s, int ops, Runnable body, double divisor) {
    for (int i = 0; i < s.warmup(); i++) {
      body.run();
    }
    double[] t = new double[s.rounds()];
    double[] c = new double[s.rounds()];
    for (int i = 0; i < s.rounds(); i++) {
      long c0 = processCpu();
      long t0 = System.nanoTime();
      body.run();
      t[i] = (System.nanoTime() - t0) / (double) ops / divisor;
      c[i] = (processCpu() - c0) / (double) ops / divisor;
    }
    Arrays.sort(t);
    Arrays.sort(c);
    return new Figure(
        name, t[t.length / 2], t[0], c[0] < 0 ? Double.NaN : c[c.length / 2], unit, target);
  }

  /** CPU time of the whole process in ns (all threads), or a negative number if unknown. */
  private static long processCpu() {
    // portable (no com.sun.management): the process's total CPU time as the OS reports it
    return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos()).orElse(-1L);
  }

  static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        p.resetPeakUsage();
      }
    }
  }

  /** Sum of the heap pools' peaks since {@link #resetPeaks} (an upper bound of the peak). */
  static double heapPeak() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** Keeps results alive so that the JIT cannot drop the measured work. */
  static final class Sink {
    double value;

    void add(double v) {
      value += v;
    }
  }
}
