package jp.popvision.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * popvision's own marker of an output directory ({@value #FILE}): the run that wrote it (a random
 * identity) and every file it wrote there with its SHA-256, sealed by a checksum over both. A
 * directory is popvision's only when it holds a valid marker, and only the files the marker lists
 * are ever replaced or removed; a {@code manifest.json} or {@code charts.json} of someone else's
 * cannot pass for one.
 */
record RunMarker(String run, Map<String, String> files) {
  private static final java.util.regex.Pattern SHA256_HEX =
      java.util.regex.Pattern.compile("[0-9a-f]{64}");

  static final String FILE = ".popvision-run.json";
  private static final long MAX_BYTES = 4L << 20;
  private static final String SEAL = "popvision-run-marker-1\n";

  RunMarker {
    files = Map.copyOf(files);
  }

  /** A marker for a new run writing {@code files} (name → bytes). */
  static RunMarker of(Map<String, byte[]> files) {
    return new RunMarker(UUID.randomUUID().toString(), hashes(files));
  }

  /**
   * The SHA-256 of every file, every second one hashed on a second thread (issue 15: a run's
   * megabyte of charts takes about 10 ms to hash with the C1 compiler, at the end of the run, when
   * the other core is free). The hashes are the same whichever thread computes them.
   */
  static Map<String, String> hashes(Map<String, byte[]> files) {
    List<Map.Entry<String, byte[]>> list = new ArrayList<>(files.entrySet());
    String[] hex = new String[list.size()];
    Thread second =
        new Thread(
            () -> {
              for (int i = 1; i < hex.length; i += 2) {
                hex[i] = sha256(list.get(i).getValue());
              }
            },
            "popvision-hash");
    second.setDaemon(true);
    second.start();
    for (int i = 0; i < hex.length; i += 2) {
      hex[i] = sha256(list.get(i).getValue());
    }
    try {
      second.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while hashing the outputs", e);
    }
    Map<String, String> h = new TreeMap<>();
    for (int i = 0; i < hex.length; i++) {
      if (hex[i] == null) {
        throw new IllegalStateException("no hash for " + list.get(i).getKey());
      }
      h.put(list.get(i).getKey(), hex[i]);
    }
    return h;
  }

  byte[] bytes() {
    ObjectNode root = JsonText.object();
    root.put("tool", "popvision");
    root.put("marker", 1);
    root.put("run", run);
    ObjectNode f = root.putObject("files");
    new TreeMap<>(files).forEach(f::put);
    root.put("seal", seal());
    return (JsonText.pretty(root) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private String seal() {
    StringBuilder sb = new StringBuilder(SEAL).append(run).append('\n');
    new TreeMap<>(files).forEach((n, h) -> sb.append(n).append('\t').append(h).append('\n'));
    return sha256(sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The valid marker of {@code dir}, or empty when there is none or it is not popvision's. */
  static Optional<RunMarker> read(Path dir) {
    Path f = dir.resolve(FILE);
    try {
      if (!Files.isRegularFile(f) || Files.size(f) > MAX_BYTES) {
        return Optional.empty();
      }
      JsonNode root = JsonText.parse(Files.readAllBytes(f));
      if (!"popvision".equals(root.path("tool").asString(""))
          || root.path("marker").asInt(0) != 1
          || !root.path("run").isString()
          || !root.path("files").isObject()) {
        return Optional.empty();
      }
      String run = root.path("run").asString();
      UUID.fromString(run);
      Map<String, String> files = new TreeMap<>();
      Iterator<Map.Entry<String, JsonNode>> it = root.path("files").properties().iterator();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        String h = e.getValue().asString("");
        if (!safeName(e.getKey()) || !SHA256_HEX.matcher(h).matches()) {
          return Optional.empty();
        }
        files.put(e.getKey(), h);
      }
      RunMarker m = new RunMarker(run, files);
      return m.seal().equals(root.path("seal").asString("")) ? Optional.of(m) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** A relative name that stays inside its directory and is none of popvision's own files. */
  static boolean safeName(String name) {
    if (name.isEmpty()
        || name.startsWith("/")
        || name.contains("\\")
        || name.contains("\0")
        || name.endsWith("/")) {
      return false;
    }
    for (String part : name.split("/", -1)) {
      if (part.isEmpty() || part.equals(".") || part.equals("..")) {
        return false;
      }
    }
    String top = name.split("/", 2)[0];
    return !top.equals(FILE) && !top.startsWith(OutputTransaction.STAGE_PREFIX);
  }

  static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
