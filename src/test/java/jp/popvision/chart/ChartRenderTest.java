package jp.popvision.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import jp.popvision.app.Simulation;
import jp.popvision.engine.Projection;
import jp.popvision.engine.Projector;
import jp.popvision.scenario.ResolvedScenario;
import jp.popvision.testutil.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Smoke renders of every chart (valid PNG of the expected size), fonts and the encoder. */
class ChartRenderTest {
  static ChartSet set;

  @BeforeAll
  static void project() throws Exception {
    ResolvedScenario s = Simulation.resolve(TestData.root().resolve("scenarios/target.yaml"));
    Projection p = Projector.run(s.base(), s.rates());
    set = ChartSet.of(s, p, ChartReferences.none());
  }

  static BufferedImage decode(byte[] png) throws IOException {
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
    assertNotNull(img, "not a readable PNG");
    return img;
  }

  /** The pixels per metre of the pHYs chunk (read from the bytes, not through ImageIO). */
  static int pixelsPerMetre(byte[] png) {
    ByteBuffer b = ByteBuffer.wrap(png);
    int pos = 8;
    while (pos + 8 <= png.length) {
      int len = b.getInt(pos);
      String type = new String(png, pos + 4, 4, StandardCharsets.US_ASCII);
      if (type.equals("pHYs")) {
        assertEquals(b.getInt(pos + 8), b.getInt(pos + 12), "square pixels");
        assertEquals(1, png[pos + 16], "unit metre");
        return b.getInt(pos + 8);
      }
      pos += 12 + len;
    }
    throw new AssertionError("no pHYs chunk");
  }

  @Test
  void everyChartRendersToAPngOf1600By1000At150Dpi() throws Exception {
    FontChoice font = FontChoice.detect();
    ChartWriter w = new ChartWriter(Lang.JA, 150, font);
    Map<String, byte[]> pngs = w.render(set);
    assertEquals(set.fileNames(), List.copyOf(pngs.keySet()));
    for (var e : pngs.entrySet()) {
      BufferedImage img = decode(e.getValue());
      assertEquals(1600, img.getWidth(), e.getKey());
      assertEquals(1000, img.getHeight(), e.getKey());
      assertEquals(5906, pixelsPerMetre(e.getValue()), e.getKey() + ": 150 dpi = 5906 px/m");
    }
  }

  @Test
  void sizeScalesWithDpi() throws Exception {
    ChartWriter w = new ChartWriter(Lang.EN, 75, FontChoice.detect());
    String sub = w.subtitle(set.run());
    List<byte[]> pngs =
        List.of(
            w.total(set.total(), sub),
            w.pyramid(set.pyramids().get(2), sub),
            w.ageStructure(set.ageStructure(), sub),
            w.components(set.components(), sub));
    for (byte[] png : pngs) {
      BufferedImage img = decode(png);
      assertEquals(800, img.getWidth());
      assertEquals(500, img.getHeight());
      assertEquals(2953, pixelsPerMetre(png));
    }
    assertEquals(3200, ChartWriter.pixelWidth(300));
    assertEquals(2000, ChartWriter.pixelHeight(300));
    assertThrows(
        IllegalArgumentException.class, () -> new ChartWriter(Lang.JA, 49, FontChoice.detect()));
    assertThrows(
        IllegalArgumentException.class, () -> new ChartWriter(Lang.JA, 601, FontChoice.detect()));
  }

  @Test
  void englishLabelsAreUsedWhenTheFontCannotDisplayJapanese() throws Exception {
    FontChoice latin = FontChoice.latinOnly("Dialog");
    ChartWriter w = new ChartWriter(Lang.JA, 60, latin);
    assertEquals(Lang.EN, w.lang());
    // the Japanese scenario title cannot be drawn either: the scenario's name stands in
    assertEquals("Scenario: target", w.subtitle(set.run()));
    ChartTexts en = new ChartTexts(w.lang());
    assertEquals("Total population: census and projection", en.totalTitle());
    for (String s :
        List.of(
            en.source(),
            en.totalTitle(),
            en.ageStructureTitle(),
            en.componentsTitle(),
            en.pyramidTitle(2045),
            en.naturalChange(),
            en.actual(),
            en.projected(),
            en.age0to14(),
            en.deaths(),
            en.period())) {
      assertTrue(latin.canDisplay(s), "not Latin: " + s);
    }
    Map<String, byte[]> pngs = w.render(set);
    assertEquals(640, decode(pngs.get(ChartWriter.TOTAL)).getWidth());
  }

  @Test
  void japaneseIsKeptWithAJapaneseFontAndEnglishOnRequest() {
    FontChoice ja = new FontChoice("Dialog", true);
    assertEquals(Lang.JA, new ChartWriter(Lang.JA, 150, ja).lang());
    assertEquals(Lang.EN, new ChartWriter(Lang.EN, 150, ja).lang());
    assertEquals("総人口の推移と将来推計", new ChartTexts(Lang.JA).totalTitle());
  }

  /** The font .ci/run installs (fonts-ipaexfont-gothic). */
  static final Path IPAEX = Path.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf");

  /**
   * Where a Japanese font is installed (always in CI: .ci/run installs IPAexGothic) it must be
   * found and used. Elsewhere the test is reported as skipped, never passed silently; the fallback
   * itself is tested in {@link #englishLabelsAreUsedWhenTheFontCannotDisplayJapanese}.
   */
  @Test
  void theDetectedFontDisplaysJapaneseWhereAJapaneseFontIsInstalled() {
    boolean ci = "true".equals(System.getenv("CI"));
    assumeTrue(
        ci || Files.exists(IPAEX), "no Japanese font installed (" + IPAEX + "): charts in English");
    FontChoice f = FontChoice.detect();
    assertTrue(f.japanese(), "a Japanese font is installed but was not chosen: " + f);
    assertEquals(
        -1,
        new java.awt.Font(f.family(), java.awt.Font.PLAIN, 12).canDisplayUpTo(FontChoice.SAMPLE));
    assertTrue(f.canDisplay("目標人口(総合戦略の目標と市民の希望出生率)"));
    assertEquals(Lang.JA, f.effective(Lang.JA));
  }

  @Test
  void pngEncoderRoundTripsEveryPixel() throws Exception {
    Random rnd = new Random(42);
    BufferedImage img = new BufferedImage(37, 23, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        img.setRGB(x, y, y % 3 == 0 ? 0xFF336699 : rnd.nextInt());
      }
    }
    BufferedImage back = decode(PngEncoder.encode(img, 300));
    int[] a = img.getRGB(0, 0, 37, 23, null, 0, 37);
    int[] b = back.getRGB(0, 0, 37, 23, null, 0, 37);
    assertArrayEquals(a, b);
    assertEquals(11811, pixelsPerMetre(PngEncoder.encode(img, 300)));
  }

  @Test
  void ticksAreRoundNumbers() {
    assertEquals(1000, Ticks.step(4800, 5), 0);
    assertEquals(2500, Ticks.step(11000, 5), 0);
    assertEquals(20000, Ticks.step(67000, 5), 0);
    assertEquals(70000, Ticks.niceCeiling(67000, 10), 0);
    assertEquals(2500, Ticks.niceCeiling(2400), 0);
    assertEquals(1, Ticks.niceCeiling(0), 0);
  }

  /** Under default locales that group, sign or write digits differently, labels stay the same. */
  @Test
  void numbersAreFormattedIndependentlyOfTheLocale() {
    Locale saved = Locale.getDefault();
    try {
      for (Locale l :
          List.of(
              Locale.ROOT,
              Locale.GERMANY,
              Locale.FRANCE,
              Locale.forLanguageTag("ar-EG-u-nu-arab"))) {
        Locale.setDefault(l);
        assertEquals("35,308", Axes.thousands(35_308.4), l.toLanguageTag());
        assertEquals("-1,200", Axes.thousands(-1200), l.toLanguageTag());
        assertEquals("0", Axes.thousands(-0.2), l.toLanguageTag());
        assertEquals("2040", Axes.yearLabel(2040), l.toLanguageTag());
        assertEquals("2040.5", Axes.yearLabel(2040.5), l.toLanguageTag());
      }
    } finally {
      Locale.setDefault(saved);
    }
  }

  /**
   * A chart thread reuses the image of its last chart (Canvas): a chart drawn after another one on
   * the same thread has the pixels it has when drawn first on a new thread.
   */
  @Test
  void aReusedImageDrawsLikeANewOne() throws Exception {
    ChartWriter w = new ChartWriter(Lang.JA, 100, FontChoice.detect());
    String sub = w.subtitle(set.run());
    byte[][] fresh = new byte[1][];
    Thread t = new Thread(() -> fresh[0] = w.components(set.components(), sub));
    t.start();
    t.join();
    w.total(set.total(), sub); // leaves its image as this thread's spare
    byte[] reused = w.components(set.components(), sub);
    BufferedImage a = decode(fresh[0]);
    BufferedImage b = decode(reused);
    assertArrayEquals(
        a.getRGB(0, 0, a.getWidth(), a.getHeight(), null, 0, a.getWidth()),
        b.getRGB(0, 0, b.getWidth(), b.getHeight(), null, 0, b.getWidth()));
  }
}
