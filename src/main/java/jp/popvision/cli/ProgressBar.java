package jp.popvision.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar on a terminal ({@code \r}-redrawn), at most every 100 ms. Only used when
 * {@code System.console()} is not null, so redirected output stays clean. Thread-safe.
 */
final class ProgressBar {
  private static final int WIDTH = 30;
  private final PrintWriter err;
  private long last;
  private boolean drawn;

  ProgressBar(PrintWriter err) {
    this.err = err;
  }

  /** {@code done} of {@code total} (total ≤ 0: unknown, only the count is shown). */
  synchronized void update(int done, int total) {
    long now = System.nanoTime();
    if (drawn && now - last < 100_000_000L && done != total) {
      return;
    }
    last = now;
    drawn = true;
    if (total > 0) {
      int filled = (int) ((long) WIDTH * done / total);
      err.printf(
          java.util.Locale.ROOT,
          "\r[%s%s] %3d%% %,d/%,d",
          "#".repeat(filled),
          ".".repeat(WIDTH - filled),
          100L * done / total,
          done,
          total);
    } else {
      err.printf(java.util.Locale.ROOT, "\r%,d done", done);
    }
    err.flush();
  }

  synchronized void finish() {
    if (drawn) {
      err.print("\r" + " ".repeat(WIDTH + 30) + "\r");
      err.flush();
    }
  }
}
