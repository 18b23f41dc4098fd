package jp.popvision.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import jp.popvision.chart.FontChoice;
import jp.popvision.io.Lang;
import jp.popvision.testutil.TestData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report as a browser shows and prints it: headless Chromium renders {@code report.html} to a
 * PNG screenshot and an A4 PDF; poppler's pdfinfo and pdftotext read the PDF back. Skipped (with
 * the reason printed) when chromium or poppler is missing, unless {@code
 * POPVISION_REQUIRE_BROWSER=1}, then it fails.
 */
class ReportBrowserTest {
  @TempDir Path tmp;

  static final int WIDTH = 1200;
  static final int HEIGHT = 1700;

  @Test
  void chromiumRendersAndPrintsTheReport() throws Exception {
    for (String tool : List.of("chromium", "pdfinfo", "pdftotext")) {
      if (which(tool) == null) {
        String why = "ReportBrowserTest: " + tool + " not found on PATH";
        if ("1".equals(System.getenv("POPVISION_REQUIRE_BROWSER"))) {
          fail(why + " (POPVISION_REQUIRE_BROWSER=1)");
        }
        System.out.println(why + ": skipped (apt-get install chromium poppler-utils)");
        Assumptions.abort(why);
      }
    }
    long start = System.nanoTime();
    Path out = tmp.resolve("report");
    ReportRun.run(
        new ReportRun.Options(
            List.of(), out, Lang.JA, 60, FontChoice.detect(), false, false, List.of(), "test"),
        TestData.root());
    long reported = System.nanoTime();
    String url = out.resolve(ReportRun.HTML).toUri().toString();
    Path png = tmp.resolve("report.png");
    Path pdf = tmp.resolve("report.pdf");
    chromium("--window-size=" + WIDTH + "," + HEIGHT, "--screenshot=" + png, url);
    chromium("--no-pdf-header-footer", "--print-to-pdf=" + pdf, url);
    long rendered = System.nanoTime();

    BufferedImage img = ImageIO.read(png.toFile());
    assertEquals(WIDTH, img.getWidth());
    assertEquals(HEIGHT, img.getHeight());
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < img.getHeight(); y += 3) {
      for (int x = 0; x < img.getWidth(); x += 3) {
        colours.add(img.getRGB(x, y) & 0xFFFFFF);
      }
    }
    assertTrue(colours.size() > 200, "screenshot looks blank: " + colours.size() + " colours");

    String info = run("pdfinfo", pdf.toString());
    int pages = Integer.parseInt(info.replaceAll("(?s).*Pages:\\s+(\\d+).*", "$1"));
    assertTrue(pages >= 3, "pages: " + pages);
    String text = run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-");
    assertTrue(text.contains("人口ビジョン"), "Japanese title in the PDF text");
    assertTrue(text.contains("朝倉市"), "area name in the PDF text");
    System.out.printf(
        java.util.Locale.ROOT,
        "ReportBrowserTest: report %.1f s, chromium PNG+PDF %.1f s, %d pages%n",
        (reported - start) / 1e9,
        (rendered - reported) / 1e9,
        pages);
  }

  private void chromium(String... args) throws Exception {
    Path profile = Files.createTempDirectory(tmp, "profile");
    List<String> cmd =
        new ArrayList<>(
            List.of(
                "chromium",
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile));
    cmd.addAll(List.of(args));
    run(cmd.toArray(String[]::new));
  }

  /** Runs a tool (2 minutes at most) and returns its standard output; fails on a non-zero exit. */
  private String run(String... cmd) throws Exception {
    Path log = Files.createTempFile(tmp, "out", ".txt");
    Process p =
        new ProcessBuilder(cmd)
            .redirectErrorStream(false)
            .redirectOutput(log.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!p.waitFor(2, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      fail(cmd[0] + " timed out");
    }
    assertEquals(0, p.exitValue(), String.join(" ", cmd));
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  private static Path which(String tool) throws IOException {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      Path p = Path.of(dir, tool);
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    return null;
  }
}
