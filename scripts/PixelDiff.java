import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Compares the decoded pixels of every PNG under BEFORE with the PNG of the same relative path
 * under AFTER and prints, per file, how many pixels differ and where (bounding box). Exit 0 when
 * every image is pixel-identical (or differs only in files named with --allow), 1 otherwise.
 *
 * <p>Usage: {@code java scripts/PixelDiff.java BEFORE AFTER [--allow NAME.png]...}
 */
public final class PixelDiff {
  public static void main(String[] args) throws IOException {
    Path before = Path.of(args[0]);
    Path after = Path.of(args[1]);
    List<String> allowed = new java.util.ArrayList<>();
    for (int i = 2; i + 1 < args.length; i += 2) {
      if (args[i].equals("--allow")) {
        allowed.add(args[i + 1]);
      }
    }
    List<Path> files;
    try (Stream<Path> s = Files.walk(before)) {
      files = s.filter(p -> p.toString().endsWith(".png")).sorted().toList();
    }
    int bad = 0;
    for (Path f : files) {
      Path rel = before.relativize(f);
      Path g = after.resolve(rel);
      String verdict;
      if (!Files.exists(g)) {
        verdict = "MISSING in after";
      } else {
        verdict = compare(ImageIO.read(f.toFile()), ImageIO.read(g.toFile()));
      }
      boolean same = verdict.equals("identical");
      boolean ok = same || allowed.contains(rel.toString().replace('\\', '/'));
      if (!ok) {
        bad++;
      }
      System.out.println((same ? "same  " : ok ? "ALLOW " : "DIFF  ") + rel + ": " + verdict);
    }
    System.out.println(files.size() + " images, " + bad + " with unexpected differences");
    System.exit(bad == 0 && !files.isEmpty() ? 0 : 1);
  }

  static String compare(BufferedImage a, BufferedImage b) {
    if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
      return "size " + a.getWidth() + "x" + a.getHeight() + " vs " + b.getWidth() + "x"
          + b.getHeight();
    }
    long n = 0;
    int maxDelta = 0;
    int x0 = Integer.MAX_VALUE, y0 = Integer.MAX_VALUE, x1 = -1, y1 = -1;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        int p = a.getRGB(x, y);
        int q = b.getRGB(x, y);
        if (p != q) {
          n++;
          for (int sh = 0; sh <= 16; sh += 8) {
            maxDelta = Math.max(maxDelta, Math.abs(((p >> sh) & 255) - ((q >> sh) & 255)));
          }
          x0 = Math.min(x0, x);
          y0 = Math.min(y0, y);
          x1 = Math.max(x1, x);
          y1 = Math.max(y1, y);
        }
      }
    }
    if (n == 0) {
      return "identical";
    }
    return String.format(Locale.ROOT, "%d pixels differ (max channel delta %d) in x %d-%d, y %d-%d",
        n, maxDelta, x0, x1, y0, y1);
  }
}
