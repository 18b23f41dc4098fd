package jp.popvision.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * One chart image: a white page of {@link ChartWriter#WIDTH}×{@link ChartWriter#HEIGHT} logical
 * pixels (scaled to the requested DPI) with a title, a subtitle, a legend row and a source line
 * around the plot area, and helpers to place value labels where they hit nothing already drawn.
 */
final class Canvas {
  static final Color INK = new Color(0x22, 0x22, 0x22);
  static final Color MUTED = new Color(0x55, 0x55, 0x55);
  static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

  static final int MARGIN = 40;
  static final float TITLE = 36;
  static final float SUBTITLE = 24;
  static final float LEGEND = 23;
  static final float SOURCE = 18;
  static final float TICK = 22;
  static final float AXIS_TITLE = 24;
  static final float LABEL = 22;

  final BufferedImage image;
  final Graphics2D g;
  final String family;
  final int width = ChartWriter.WIDTH;
  final int height = ChartWriter.HEIGHT;
  private final List<Shape> occupied = new ArrayList<>();
  private final List<Line2D> segments = new ArrayList<>();
  private int top;

  Canvas(int dpi, String family) {
    double scale = dpi / (double) ChartWriter.BASE_DPI;
    int w = (int) Math.round(ChartWriter.WIDTH * scale);
    int h = (int) Math.round(ChartWriter.HEIGHT * scale);
    this.image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    this.g = image.createGraphics();
    this.family = family;
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.scale(w / (double) ChartWriter.WIDTH, h / (double) ChartWriter.HEIGHT);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
  }

  Font font(int style, float size) {
    return new Font(family, style, 1).deriveFont(size);
  }

  /** Title and subtitle; returns the y below them. */
  int header(String title, String subtitle) {
    g.setColor(INK);
    g.setFont(font(Font.BOLD, TITLE));
    g.drawString(title, MARGIN, 56);
    g.setColor(MUTED);
    g.setFont(font(Font.PLAIN, SUBTITLE));
    g.drawString(subtitle, MARGIN, 96);
    top = 112;
    return top;
  }

  /** The source line at the bottom left; returns the y above it. */
  int footer(String source) {
    g.setColor(MUTED);
    g.setFont(font(Font.PLAIN, SOURCE));
    FontMetrics fm = g.getFontMetrics();
    String s = source;
    int max = width - 2 * MARGIN;
    if (fm.stringWidth(s) > max) {
      g.setFont(font(Font.PLAIN, SOURCE * max / fm.stringWidth(s)));
    }
    g.drawString(s, MARGIN, height - 18);
    return height - 44;
  }

  /** A note line above {@code bottom} (e.g. above the source line); returns the y above it. */
  int note(String text, int bottom) {
    g.setColor(INK);
    g.setFont(font(Font.PLAIN, SOURCE));
    FontMetrics fm = g.getFontMetrics();
    int max = width - 2 * MARGIN;
    if (fm.stringWidth(text) > max) {
      g.setFont(font(Font.PLAIN, SOURCE * max / fm.stringWidth(text)));
    }
    g.drawString(text, MARGIN, bottom);
    return bottom - 26;
  }

  // ---- legend

  /** How a legend entry's key is drawn. */
  enum KeyKind {
    LINE,
    DASHED_LINE,
    MARKER,
    LINE_MARKER,
    BOX,
    OUTLINE
  }

  record LegendEntry(String text, KeyKind kind, Color color, float lineWidth) {}

  /**
   * Legend entries laid out left to right from {@code x}, wrapping within {@code maxWidth}; returns
   * the y below the legend.
   */
  int legendRow(List<LegendEntry> entries, int x, int y, int maxWidth) {
    g.setFont(font(Font.PLAIN, LEGEND));
    FontMetrics fm = g.getFontMetrics();
    int keyW = 46;
    int gap = 34;
    int lineH = 34;
    int cx = x;
    int cy = y + lineH / 2;
    for (LegendEntry e : entries) {
      int w = keyW + 10 + fm.stringWidth(e.text());
      if (cx > x && cx + w > x + maxWidth) {
        cx = x;
        cy += lineH;
      }
      drawKey(e, cx, cy, keyW);
      g.setColor(INK);
      g.drawString(e.text(), cx + keyW + 10, cy + fm.getAscent() / 2 - 2);
      cx += w + gap;
    }
    return cy + lineH / 2 + 4;
  }

  private void drawKey(LegendEntry e, int x, int y, int w) {
    Stroke old = g.getStroke();
    g.setColor(e.color());
    switch (e.kind()) {
      case LINE -> {
        g.setStroke(new BasicStroke(e.lineWidth(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(x, y, x + w, y));
      }
      case DASHED_LINE -> {
        g.setStroke(dashed(e.lineWidth()));
        g.draw(new Line2D.Double(x, y, x + w, y));
      }
      case MARKER -> g.fill(circle(x + w / 2.0, y, 7));
      case LINE_MARKER -> {
        g.setStroke(new BasicStroke(e.lineWidth()));
        g.draw(new Line2D.Double(x, y, x + w, y));
        g.fill(circle(x + w / 2.0, y, 6));
      }
      case BOX -> g.fill(new Rectangle2D.Double(x + 4, y - 11, w - 8, 22));
      case OUTLINE -> {
        g.setStroke(new BasicStroke(e.lineWidth()));
        g.draw(new Rectangle2D.Double(x + 4, y - 11, w - 8, 22));
      }
    }
    g.setStroke(old);
  }

  static BasicStroke dashed(float width) {
    return new BasicStroke(
        width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[] {10, 7}, 0);
  }

  static Ellipse2D circle(double cx, double cy, double r) {
    return new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
  }

  // ---- value labels that avoid what is drawn

  /** Marks a polyline (screen coordinates) as drawn, so that labels avoid it. */
  void occupyPolyline(double[] xs, double[] ys) {
    for (int i = 1; i < xs.length; i++) {
      segments.add(new Line2D.Double(xs[i - 1], ys[i - 1], xs[i], ys[i]));
    }
  }

  void occupy(Shape s) {
    occupied.add(s);
  }

  /** How many drawn things {@code r} hits; outside {@code bounds} counts as many. */
  private int hits(Rectangle2D r, Rectangle2D bounds) {
    int n = bounds.contains(r) ? 0 : 1000;
    for (Line2D s : segments) {
      if (s.intersects(r)) {
        n++;
      }
    }
    for (Shape s : occupied) {
      if (s.intersects(r)) {
        n += 10;
      }
    }
    return n;
  }

  /** Where a value label is tried first. */
  enum Prefer {
    ABOVE_RIGHT,
    ABOVE,
    BELOW
  }

  /**
   * Draws {@code text} next to the point (px, py) on a white background at the first place that
   * hits nothing drawn, trying first the places {@code prefer} names, then the other sides of the
   * point, then the same farther away (with a leader line); if every place hits something, at the
   * place that hits least. Marks the label as occupied.
   */
  void label(
      String text,
      double px,
      double py,
      Rectangle2D bounds,
      Color color,
      int style,
      Prefer prefer) {
    g.setFont(font(style, LABEL));
    FontMetrics fm = g.getFontMetrics();
    double w = fm.stringWidth(text) + 12;
    double h = fm.getAscent() + fm.getDescent() + 6;
    Rectangle2D best = null;
    int bestHits = Integer.MAX_VALUE;
    double bestD = 0;
    for (double d : new double[] {14, 34, 60}) {
      double[] aboveRight = {d, -d - h};
      double[] aboveLeft = {-d - w, -d - h};
      double[] above = {-w / 2, -d - h};
      double[] belowRight = {d, d};
      double[] belowLeft = {-d - w, d};
      double[] below = {-w / 2, d};
      double[] right = {d + 4, -h / 2};
      double[] left = {-d - 4 - w, -h / 2};
      double[][] offsets =
          switch (prefer) {
            case ABOVE_RIGHT ->
                new double[][] {
                  aboveRight, belowLeft, aboveLeft, belowRight, right, left, above, below
                };
            case ABOVE ->
                new double[][] {
                  above, aboveRight, aboveLeft, right, left, below, belowRight, belowLeft
                };
            case BELOW ->
                new double[][] {
                  below, belowRight, belowLeft, right, left, above, aboveRight, aboveLeft
                };
          };
      for (double[] o : offsets) {
        Rectangle2D r = new Rectangle2D.Double(px + o[0], py + o[1], w, h);
        int n = hits(r, bounds);
        if (n < bestHits) {
          best = r;
          bestHits = n;
          bestD = d;
        }
      }
      if (bestHits == 0) {
        break;
      }
    }
    Rectangle2D chosen = best;
    if (bestD > 14) {
      double lx = Math.max(chosen.getMinX(), Math.min(px, chosen.getMaxX()));
      double ly = Math.max(chosen.getMinY(), Math.min(py, chosen.getMaxY()));
      g.setColor(color);
      g.setStroke(new BasicStroke(1.5f));
      g.draw(new Line2D.Double(px, py, lx, ly));
    }
    g.setColor(new Color(255, 255, 255, 225));
    g.fill(new RoundRectangle2D.Double(chosen.getX(), chosen.getY(), w, h, 8, 8));
    g.setColor(color);
    g.drawString(text, (float) (chosen.getX() + 6), (float) (chosen.getY() + 3 + fm.getAscent()));
    occupied.add(chosen);
  }

  byte[] png(int dpi) {
    g.dispose();
    return PngEncoder.encode(image, dpi);
  }
}
