package jp.popvision.io;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A process for {@link OutputCrashTest} to kill: writes version after version of a run's outputs to
 * two directories (tables and charts), printing {@code committed N} after each.
 */
public final class OutputCrashHarness {
  private OutputCrashHarness() {}

  /**
   * Real file operations, each move slowed by two milliseconds so that the moves into place take as
   * long as the staging and kills land in both.
   */
  static final OutputDir.Io SLOW_MOVES =
      new OutputDir.Io() {
        @Override
        public void write(Path file, byte[] bytes) throws java.io.IOException {
          OutputDir.Io.FILES.write(file, bytes);
        }

        @Override
        public void move(Path from, Path to) throws java.io.IOException {
          OutputDir.Io.FILES.move(from, to);
          try {
            Thread.sleep(2);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
      };

  /** Arguments: output directory, chart directory, first version. */
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    Path charts = Path.of(args[1]);
    System.out.println("started");
    System.out.flush();
    for (int v = Integer.parseInt(args[2]); ; v++) {
      OutputDir.commit(targets(out, charts, v), false, Map.of(), SLOW_MOVES);
      System.out.println("committed " + v);
      System.out.flush();
    }
  }

  /** Version {@code v} of the two directories; odd versions have one file fewer. */
  static List<OutputDir.Target> targets(Path out, Path charts, int v) {
    Map<String, byte[]> tables = new LinkedHashMap<>();
    for (int i = 0; i < 10; i++) {
      tables.put((i < 5 ? "" : "country/") + "table" + i + ".csv", body(v, i));
    }
    if (v % 2 == 0) {
      tables.put("even.csv", body(v, 99));
    }
    Map<String, byte[]> pngs = new LinkedHashMap<>();
    for (int i = 0; i < 4; i++) {
      pngs.put("chart" + i + ".png", body(v, 100 + i));
    }
    return List.of(
        new OutputDir.Target(out, tables, "--out"), new OutputDir.Target(charts, pngs, "--charts"));
  }

  static byte[] body(int v, int i) {
    StringBuilder sb = new StringBuilder("version " + v + "\n");
    while (sb.length() < 20_000 + 37 * i) {
      sb.append("row ").append(i).append(',').append(v).append('\n');
    }
    return OutputDir.utf8(sb.toString());
  }
}
