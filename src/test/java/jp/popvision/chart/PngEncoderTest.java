package jp.popvision.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import javax.imageio.ImageIO;
import jp.popvision.testutil.TestData;
import org.junit.jupiter.api.Test;

/**
 * The encoder against real charts: the shipped charts under {@code charts/} were written by the
 * earlier encoder (rows filtered with Sub or Up). Decoded with {@code javax.imageio} (an
 * independent decoder), re-encoded with {@link PngEncoder} and decoded again, every pixel must be
 * the same, and every row of the new file must use filter None.
 */
class PngEncoderTest {
  static List<Path> shippedCharts() throws IOException {
    try (Stream<Path> s = Files.walk(TestData.root().resolve("charts"))) {
      return s.filter(p -> p.getFileName().toString().endsWith(".png")).sorted().toList();
    }
  }

  static int[] pixels(BufferedImage img) {
    return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
  }

  @Test
  void reEncodedShippedChartsHaveTheSameDecodedPixels() throws Exception {
    List<Path> charts = shippedCharts();
    assertFalse(charts.isEmpty(), "no shipped charts to compare with");
    long oldBytes = 0;
    long newBytes = 0;
    for (Path p : charts) {
      BufferedImage before = ChartRenderTest.decode(Files.readAllBytes(p));
      byte[] png = PngEncoder.encode(before, 150);
      BufferedImage after = ChartRenderTest.decode(png);
      assertEquals(before.getWidth(), after.getWidth(), p.toString());
      assertEquals(before.getHeight(), after.getHeight(), p.toString());
      assertArrayEquals(pixels(before), pixels(after), p.toString());
      byte[] filters = rowFilters(png, before.getWidth());
      assertEquals(before.getHeight(), filters.length, p.toString());
      for (int y = 0; y < filters.length; y++) {
        assertEquals(0, filters[y], p + ": row " + y);
      }
      oldBytes += Files.size(p);
      newBytes += png.length;
    }
    // the reason for filter None: not larger than the per-row choice of Sub or Up
    assertTrue(newBytes <= oldBytes, newBytes + " bytes against " + oldBytes);
  }

  @Test
  void everyRowOfARenderedChartUsesFilterNone() throws Exception {
    ChartRenderTest.project();
    byte[] png =
        new ChartWriter(Lang.EN, 50, FontChoice.detect())
            .render(ChartRenderTest.set)
            .get(ChartWriter.TOTAL);
    BufferedImage img = ChartRenderTest.decode(png);
    byte[] filters = rowFilters(png, img.getWidth());
    assertEquals(img.getHeight(), filters.length);
    for (int y = 0; y < filters.length; y++) {
      assertEquals(0, filters[y], "row " + y);
    }
    assertTrue(ImageIO.getImageReadersByFormatName("png").hasNext());
  }

  /** The filter-type byte of each row: IDAT chunks concatenated and inflated (8-bit RGB rows). */
  static byte[] rowFilters(byte[] png, int width) throws DataFormatException {
    ByteBuffer b = ByteBuffer.wrap(png);
    ByteArrayOutputStream z = new ByteArrayOutputStream();
    int pos = 8;
    while (pos + 8 <= png.length) {
      int len = b.getInt(pos);
      String type = new String(png, pos + 4, 4, StandardCharsets.US_ASCII);
      if (type.equals("IDAT")) {
        z.write(png, pos + 8, len);
      }
      pos += 12 + len;
    }
    Inflater inf = new Inflater();
    inf.setInput(z.toByteArray());
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    byte[] buf = new byte[1 << 16];
    while (!inf.finished()) {
      int n = inf.inflate(buf);
      if (n == 0 && inf.needsInput()) {
        break;
      }
      raw.write(buf, 0, n);
    }
    inf.end();
    byte[] data = raw.toByteArray();
    int stride = 3 * width + 1;
    assertEquals(0, data.length % stride, "whole rows");
    byte[] out = new byte[data.length / stride];
    for (int y = 0; y < out.length; y++) {
      out[y] = data[y * stride];
    }
    return out;
  }
}
