package jp.popvision.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a run may do in an output directory, decided before anything is written: which directories
 * are never output directories, whether the directory is popvision's, which of its files are
 * replaced or removed and which are someone else's (kept, and reported).
 */
final class OutputGuard {
  private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

  private OutputGuard() {}

  /**
   * Refuses a target that is or contains the root, home or current directory, the popvision home,
   * or one of {@code inputs} (directory → what it is).
   */
  static void refuseProtected(OutputDir.Target t, Path dir, Map<Path, Msg> inputs)
      throws InputException {
    Map<Path, Msg> guarded = new LinkedHashMap<>();
    guarded.put(dir.getRoot(), Msg.DIR_ROOT);
    guarded.put(Path.of(System.getProperty("user.home", "/")), Msg.DIR_HOME);
    guarded.put(Path.of("").toAbsolutePath(), Msg.DIR_CWD);
    String home = System.getProperty("popvision.home");
    if (home != null) {
      guarded.put(Path.of(home), Msg.DIR_PROJECT);
    }
    guarded.putAll(inputs);
    Path target = Path.of(DirLocks.canonical(dir));
    for (Map.Entry<Path, Msg> g : guarded.entrySet()) {
      if (g.getKey() == null) {
        continue;
      }
      Path p = Path.of(DirLocks.canonical(g.getKey()));
      if (p.startsWith(target)) {
        throw new InputException(
            new Problem(
                t.dir().toString(), 0, 0, t.option(), null, Msg.OUT_PROTECTED, g.getValue(), p));
      }
    }
  }

  /**
   * The part of the transaction for one target; adds to {@code kept} the paths popvision will leave
   * alone. Throws when the directory is not popvision's or a file in the way is not.
   */
  static OutputTransaction.Part plan(OutputDir.Target t, Path d, boolean force, List<String> kept)
      throws InputException, IOException {
    List<Path> created = new ArrayList<>();
    for (Path p = d; !Files.exists(p, NOFOLLOW); p = p.getParent()) {
      created.add(0, p);
    }
    Path existing = created.isEmpty() ? d : created.get(0).getParent();
    if (!Files.isDirectory(existing)) {
      if (existing.equals(d)) {
        throw problem(t, null, Msg.OUT_NOT_DIR);
      }
      throw new IOException("not a directory: " + existing);
    }
    if (!Files.isWritable(existing)) {
      throw new AccessDeniedException(existing.toString());
    }
    Map<String, String> owned = Map.of();
    if (created.isEmpty()) {
      Optional<RunMarker> marker = RunMarker.read(d);
      if (marker.isEmpty() && !StageMoves.isEmpty(d)) {
        throw problem(t, null, Msg.OUT_NOT_OURS, OutputDir.MARKER, t.option());
      }
      owned = marker.map(RunMarker::files).orElse(Map.of());
    }
    RunMarker marker = RunMarker.of(t.files());
    List<Problem> problems = new ArrayList<>();
    for (String name : t.files().keySet()) {
      check(t, d, name, owned, force, marker.files(), problems);
    }
    List<String> remove = new ArrayList<>();
    for (Map.Entry<String, String> o : owned.entrySet()) {
      Path p = d.resolve(o.getKey());
      if (t.files().containsKey(o.getKey()) || !Files.isRegularFile(p, NOFOLLOW)) {
        continue;
      }
      if (RunMarker.sha256(Files.readAllBytes(p)).equals(o.getValue()) || force) {
        remove.add(o.getKey());
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    Map<String, byte[]> files = new LinkedHashMap<>(t.files());
    files.put(OutputDir.MARKER, marker.bytes());
    Set<String> ours = new HashSet<>(t.files().keySet());
    ours.addAll(remove);
    ours.add(OutputDir.MARKER);
    if (created.isEmpty()) {
      listKept(d, d, ours, kept, t.dir());
    }
    return new OutputTransaction.Part(d, files, remove, created);
  }

  private static void check(
      OutputDir.Target t,
      Path d,
      String name,
      Map<String, String> owned,
      boolean force,
      Map<String, String> next,
      List<Problem> problems)
      throws IOException {
    Path p = d.resolve(name);
    for (Path q = p.getParent(); !q.equals(d); q = q.getParent()) {
      if (Files.exists(q, NOFOLLOW) && !Files.isDirectory(q, NOFOLLOW)) {
        problems.add(
            problem(t, d.relativize(q), Msg.OUT_FOREIGN_FILE, t.option()).problems().get(0));
        return;
      }
      if (Files.isDirectory(q, NOFOLLOW) && !Files.isWritable(q)) {
        throw new AccessDeniedException(q.toString());
      }
    }
    if (!Files.exists(p, NOFOLLOW)) {
      return;
    }
    if (!Files.isRegularFile(p, NOFOLLOW) || !owned.containsKey(name)) {
      problems.add(problem(t, d.relativize(p), Msg.OUT_FOREIGN_FILE, t.option()).problems().get(0));
    } else if (!force && !unchanged(p, t.files().get(name), next.get(name), owned.get(name))) {
      problems.add(problem(t, d.relativize(p), Msg.OUT_CHANGED).problems().get(0));
    }
  }

  /**
   * Whether the file at {@code p} still has the hash popvision recorded for it. When its bytes are
   * those about to be written (a re-run with unchanged inputs), their hash is already known ({@code
   * nextHash}) and the file is not hashed again (issue 15: SHA-256 of a run's megabyte of charts
   * costs about 10 ms at start-up).
   */
  private static boolean unchanged(Path p, byte[] next, String nextHash, String recorded)
      throws IOException {
    byte[] old = Files.readAllBytes(p);
    String hash = Arrays.equals(old, next) ? nextHash : RunMarker.sha256(old);
    return hash.equals(recorded);
  }

  /** Adds to {@code kept} what is in {@code dir} and not ours; a foreign directory as a whole. */
  private static void listKept(Path root, Path dir, Set<String> ours, List<String> kept, Path shown)
      throws IOException {
    List<Path> entries;
    try (Stream<Path> s = Files.list(dir)) {
      entries = s.sorted().toList();
    }
    for (Path e : entries) {
      String rel = root.relativize(e).toString().replace('\\', '/');
      if (ours.contains(rel)) {
        continue;
      }
      boolean holdsOurs = ours.stream().anyMatch(n -> n.startsWith(rel + "/"));
      if (Files.isDirectory(e, NOFOLLOW) && holdsOurs) {
        listKept(root, e, ours, kept, shown);
      } else {
        kept.add(shown.resolve(rel) + (Files.isDirectory(e, NOFOLLOW) ? "/" : ""));
      }
    }
  }

  private static InputException problem(OutputDir.Target t, Path file, Msg msg, Object... args) {
    String where = file == null ? t.dir().toString() : t.dir().resolve(file).toString();
    return new InputException(new Problem(where, 0, 0, t.option(), null, msg, args));
  }
}
