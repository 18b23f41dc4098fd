package jp.popvision.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One run's outputs over one or more directories, all or nothing, safe against {@code kill -9}.
 *
 * <p>Each directory gets a stage {@code .popvision-stage-<run>/} with a journal (what to replace,
 * what to remove, which directories the run created) and the new files. The run commits by creating
 * {@code committed} in the first directory's stage; only then are files moved into place, each old
 * file first moved into the stage, so that the move can be undone. A later run that finds a stage
 * rolls it forward when the commit exists and discards it otherwise ({@link #recover}): every
 * interrupted run ends as its complete previous or complete new set. Ctrl-C and SIGTERM discard an
 * uncommitted stage before the JVM exits (a shutdown hook); a commit under way is finished first.
 */
final class OutputTransaction {
  static final String STAGE_PREFIX = ".popvision-stage-";
  static final String JOURNAL = Journal.FILE;
  private static final String COMMITTED = "committed";
  private static final List<OutputTransaction> ACTIVE = new ArrayList<>();
  private static boolean shuttingDown;

  static {
    Runtime.getRuntime()
        .addShutdownHook(new Thread(OutputTransaction::onShutdown, "popvision-outputs"));
  }

  /** One directory's part: its new files (marker last), old files to remove, dirs created. */
  record Part(Path dir, Map<String, byte[]> files, List<String> remove, List<Path> created) {}

  private final String run;
  private final List<Part> parts;
  private final OutputDir.Io io;
  private final List<Part> staged = new ArrayList<>();
  private boolean aborted;
  private boolean committed;

  OutputTransaction(String run, List<Part> parts, OutputDir.Io io) {
    this.run = run;
    this.parts = parts;
    this.io = io;
  }

  /** Stages every part, commits, moves everything into place; on failure changes nothing. */
  void run() throws IOException {
    synchronized (ACTIVE) {
      if (shuttingDown) {
        throw new IOException("interrupted (the JVM is shutting down)");
      }
      ACTIVE.add(this);
    }
    try {
      try {
        for (Part p : parts) {
          stage(p);
        }
      } catch (IOException | RuntimeException e) {
        discardAll();
        throw e;
      }
      commit();
    } finally {
      synchronized (ACTIVE) {
        ACTIVE.remove(this);
      }
    }
  }

  private synchronized void stage(Part p) throws IOException {
    check();
    for (Path d : p.created()) {
      Files.createDirectories(d);
    }
    Path s = StageMoves.stageOf(p.dir(), run);
    Files.createDirectory(s);
    staged.add(p);
    Journal j =
        new Journal(
            run,
            p.dir(),
            parts.stream().map(Part::dir).toList(),
            List.copyOf(p.files().keySet()),
            p.remove(),
            p.created());
    io.write(s.resolve(JOURNAL + ".tmp"), j.bytes());
    io.move(s.resolve(JOURNAL + ".tmp"), s.resolve(JOURNAL));
    for (Map.Entry<String, byte[]> f : p.files().entrySet()) {
      check();
      Path file = s.resolve(StageMoves.NEW).resolve(f.getKey());
      Files.createDirectories(file.getParent());
      io.write(file, f.getValue());
    }
  }

  private void check() throws IOException {
    if (aborted) {
      throw new IOException("interrupted (the JVM is shutting down)");
    }
  }

  private synchronized void commit() throws IOException {
    check();
    Files.createFile(StageMoves.stageOf(parts.get(0).dir(), run).resolve(COMMITTED));
    committed = true;
    List<Journal> journals = new ArrayList<>();
    for (Part p : parts) {
      journals.add(Journal.read(StageMoves.stageOf(p.dir(), run)));
    }
    int done = 0;
    try {
      for (Journal j : journals) {
        StageMoves.forward(j, io);
        done++;
      }
    } catch (IOException | RuntimeException e) {
      for (int i = done; i >= 0; i--) {
        StageMoves.undo(journals.get(i), io);
      }
      for (int i = journals.size() - 1; i >= 0; i--) {
        StageMoves.discard(parts.get(i).dir(), run, parts.get(i).created());
      }
      throw e;
    }
    StageMoves.finish(journals.get(0).dirs(), run);
  }

  private synchronized void discardAll() {
    aborted = true;
    if (committed) {
      return;
    }
    for (int i = staged.size() - 1; i >= 0; i--) {
      try {
        StageMoves.discard(staged.get(i).dir(), run, staged.get(i).created());
      } catch (IOException e) {
        // best effort: the next run discards what is left
      }
    }
    staged.clear();
  }

  private static void onShutdown() {
    List<OutputTransaction> txs;
    synchronized (ACTIVE) {
      shuttingDown = true;
      txs = List.copyOf(ACTIVE);
    }
    txs.forEach(OutputTransaction::discardAll);
  }

  /**
   * Finishes or discards whatever an interrupted run left in {@code dirs} (which the caller has
   * locked, with every directory their journals name).
   */
  static void recover(Iterable<Path> dirs) throws IOException {
    for (Path d : dirs) {
      for (Path s : stages(d)) {
        Journal j = Journal.read(s);
        if (j == null) {
          StageMoves.deleteTree(s);
          continue;
        }
        String run = j.run();
        boolean committed =
            Files.exists(StageMoves.stageOf(j.dirs().get(0), run).resolve(COMMITTED));
        for (Path x : j.dirs()) {
          Path sx = StageMoves.stageOf(x, run);
          if (!Files.isDirectory(sx)) {
            continue;
          }
          Journal jx = Journal.read(sx);
          if (committed && jx != null) {
            StageMoves.forward(jx, OutputDir.Io.FILES);
          } else if (!committed) {
            StageMoves.discard(x, run, jx == null ? List.of() : jx.created());
          }
        }
        if (committed) {
          StageMoves.finish(j.dirs(), run);
        }
      }
    }
  }

  /** The directories the journals in {@code dir} name (to be locked before recovering). */
  static List<Path> pending(Path dir) {
    List<Path> out = new ArrayList<>();
    for (Path s : stages(dir)) {
      Journal j = Journal.read(s);
      if (j != null) {
        out.addAll(j.dirs());
      }
    }
    return out;
  }

  static List<Path> stages(Path dir) {
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().startsWith(STAGE_PREFIX)).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }
}
