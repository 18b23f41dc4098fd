package jp.popvision.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The journal of one directory's stage in an {@link OutputTransaction}: the run, this directory,
 * every directory of the transaction (the first holds the commit), the files to move into place
 * (the marker last), the old files to remove and the directories the run created.
 */
record Journal(
    String run,
    Path dir,
    List<Path> dirs,
    List<String> replace,
    List<String> remove,
    List<Path> created) {
  static final String FILE = "journal.json";

  byte[] bytes() {
    return JsonText.compact(toJson(this)).getBytes(StandardCharsets.UTF_8);
  }

  private static ObjectNode toJson(Journal j) {
    ObjectNode root = JsonText.object();
    root.put("run", j.run());
    j.dirs().forEach(d -> root.withArray("dirs").add(d.toString()));
    root.putArray("replace");
    j.replace().forEach(n -> root.withArray("replace").add(n));
    root.putArray("remove");
    j.remove().forEach(n -> root.withArray("remove").add(n));
    root.putArray("created");
    j.created().forEach(d -> root.withArray("created").add(d.toString()));
    return root;
  }

  /** The journal of a stage, or null when it is missing or damaged (the run never committed). */
  static Journal read(Path stage) {
    try {
      JsonNode r = JsonText.parse(Files.readAllBytes(stage.resolve(FILE)));
      String run = r.path("run").asString();
      if (!stage.getFileName().toString().equals(OutputTransaction.STAGE_PREFIX + run)) {
        return null;
      }
      List<Path> dirs = new ArrayList<>();
      r.path("dirs").forEach(n -> dirs.add(Path.of(n.asString())));
      List<String> replace = new ArrayList<>();
      r.path("replace").forEach(n -> replace.add(n.asString()));
      List<String> remove = new ArrayList<>();
      r.path("remove").forEach(n -> remove.add(n.asString()));
      List<Path> created = new ArrayList<>();
      r.path("created").forEach(n -> created.add(Path.of(n.asString())));
      Path dir = stage.getParent();
      if (dirs.isEmpty()
          || !created.stream().allMatch(dir::startsWith)
          || !replace.stream().allMatch(Journal::safe)
          || !remove.stream().allMatch(Journal::safe)) {
        return null;
      }
      return new Journal(run, dir, dirs, replace, remove, created);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static boolean safe(String name) {
    return name.equals(RunMarker.FILE) || RunMarker.safeName(name);
  }
}
