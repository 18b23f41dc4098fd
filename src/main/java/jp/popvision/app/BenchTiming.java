package jp.popvision.app;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.List;
import jp.popvision.app.Bench.Figure;
import jp.popvision.app.Bench.Settings;
import jp.popvision.io.Lang;
import jp.popvision.io.Msg;
import jp.popvision.io.NumberText;

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
  static String configuration(Lang lang) {
    List<String> args = ManagementFactory.getRuntimeMXBean().getInputArguments();
    Object jit = Msg.BENCH_JIT_TIERED;
    Object gc = Msg.BENCH_GC_DEFAULT;
    for (String a : args) {
      if (a.startsWith("-XX:TieredStopAtLevel=")) {
        jit = a.endsWith("=1") ? Msg.BENCH_JIT_C1 : Msg.BENCH_JIT_OTHER.with(a);
      } else if (a.equals("-Xint")) {
        jit = Msg.BENCH_JIT_INTERPRETER;
      } else if (a.startsWith("-XX:+Use") && a.endsWith("GC")) {
        gc = Msg.BENCH_GC.with(a.substring("-XX:+Use".length(), a.length() - 2));
      }
    }
    return Msg.BENCH_CONFIG.render(
        lang, jit, gc, heap(), String.valueOf(Runtime.getRuntime().availableProcessors()));
  }

  /**
   * The heap limit as given: {@code max heap 256 MB: -Xmx256m, 247 MB usable} with an {@code -Xmx}
   * option (the JVM reports a little less as usable: one survivor space is not counted), else
   * {@code max heap 5827 MB: JVM default, no -Xmx}.
   */
  static Msg.Text heap() {
    String xmx = null;
    for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (a.startsWith("-Xmx")) {
        xmx = a; // the last one wins, as for the JVM
      }
    }
    String usable = String.valueOf(Runtime.getRuntime().maxMemory() / 1048576);
    return xmx == null
        ? Msg.BENCH_HEAP_DEFAULT.with(usable)
        : Msg.BENCH_HEAP_XMX.with(xmxMb(xmx.substring(4)), xmx, usable);
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

  /** {@code name median unit (best …; CPU …; target ≤ …)} in {@code lang}. */
  static String format(Figure f, Lang lang) {
    Msg.Text target =
        Double.isInfinite(f.target())
            ? Msg.BENCH_FOR_COMPARISON.with()
            : (f.met() ? Msg.BENCH_MET : Msg.BENCH_NOT_MET).with(num(f.target()), f.unit());
    String name = f.name().render(lang);
    // the name padded to 62 terminal columns (a full-width character takes two)
    return Msg.BENCH_LINE.render(
        lang,
        NumberText.pad(name, 62, false),
        String.format(java.util.Locale.ROOT, "%10s", num(f.median())),
        String.format(java.util.Locale.ROOT, "%-2s", f.unit()),
        num(f.best()),
        Double.isNaN(f.cpu()) ? "" : Msg.BENCH_CPU.with(num(f.cpu())),
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
      Msg.Text name, String unit, double target, Settings s, int ops, Runnable body) {
    return measure(name, unit, target, s, ops, body, 1);
  }

  /** Median and best of {@code rounds} timed rounds of {@code ops} operations, in ns / divisor. */
  static Figure measure(
      Msg.Text name,
      String unit,
      double target,
      Settings s,
      int ops,
      Runnable body,
      double divisor) {
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
