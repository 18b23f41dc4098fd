package jp.popvision.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * One chart image: a white page of {@link ChartWriter#WIDTH}×{@link ChartWriter#HEIGHT} logical
 * pixels (scaled to the requested DPI) with a title, a subtitle and a source line around the plot
 * area, the fonts of every text, and value labels placed where they hit nothing drawn ({@link
 * LabelPlacer}).
 */
final class Canvas {
  static final Color INK = Palette.INK;
  static final Color MUTED = Palette.MUTED;
  static final Color GRID = Palette.GRID;

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
  private final int dpi;
  private final LabelPlacer labels = new LabelPlacer();

  Canvas(int dpi, String family) {
    double scale = dpi / (double) ChartWriter.BASE_DPI;
    int w = (int) Math.round(ChartWriter.WIDTH * scale);
    int h = (int) Math.round(ChartWriter.HEIGHT * scale);
    this.dpi = dpi;
    this.image = blank(w, h);
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

  /** A page for {@code s}'s resolution and font. */
  static Canvas of(PageSetup s) {
    return new Canvas(s.dpi(), s.font().family());
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
    return 112;
  }

  /** The source line at the bottom left; returns the y above it. */
  int footer(String source) {
    g.setColor(MUTED);
    fitFont(source);
    g.drawString(source, MARGIN, height - 18);
    return height - 44;
  }

  /** A note line above {@code bottom} (e.g. above the source line); returns the y above it. */
  int note(String text, int bottom) {
    g.setColor(INK);
    fitFont(text);
    g.drawString(text, MARGIN, bottom);
    return bottom - 26;
  }

  /** Sets the source-line font, shrunk so that {@code text} fits the page's width. */
  private void fitFont(String text) {
    g.setFont(font(Font.PLAIN, SOURCE));
    FontMetrics fm = g.getFontMetrics();
    int max = width - 2 * MARGIN;
    if (fm.stringWidth(text) > max) {
      g.setFont(font(Font.PLAIN, SOURCE * max / fm.stringWidth(text)));
    }
  }

  static BasicStroke dashed(float width) {
    return new BasicStroke(
        width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[] {10, 7}, 0);
  }

  static BasicStroke round(float width) {
    return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  }

  static Ellipse2D circle(double cx, double cy, double r) {
    return new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
  }

  /** A filled round marker of radius {@code r} in a white halo of radius {@code halo}. */
  void marker(double x, double y, double halo, double r, Color color) {
    g.setColor(Color.WHITE);
    g.fill(circle(x, y, halo));
    g.setColor(color);
    g.fill(circle(x, y, r));
  }

  // ---- value labels that avoid what is drawn (see LabelPlacer)

  void occupyPolyline(double[] xs, double[] ys) {
    labels.occupyPolyline(xs, ys);
  }

  void occupy(Shape s) {
    labels.occupy(s);
  }

  /** A value label in {@link #LABEL} size and {@code style}; see {@link LabelPlacer#label}. */
  void label(
      String text,
      double px,
      double py,
      Rectangle2D bounds,
      Color color,
      int style,
      LabelPlacer.Prefer prefer) {
    g.setFont(font(style, LABEL));
    labels.label(g, text, px, py, bounds, color, prefer);
  }

  byte[] png() {
    g.dispose();
    byte[] png = PngEncoder.encode(image, dpi);
    SPARE.set(image);
    return png;
  }

  /**
   * The image of the last chart this thread encoded, kept for the next one: a chart thread draws
   * several charts of the same size, and a fresh 6 MB image each time cost page faults and a
   * garbage collection at start-up (issue 15).
   */
  private static final ThreadLocal<BufferedImage> SPARE = new ThreadLocal<>();

  /**
   * A w × h RGB image: this thread's spare one, or a new one. The spare one is not cleared: the
   * constructor fills the whole page white before anything is drawn, so no earlier pixel shows
   * (tested: a chart drawn on a spare image has the pixels it has on a new one).
   */
  private static BufferedImage blank(int w, int h) {
    BufferedImage spare = SPARE.get();
    SPARE.remove(); // a canvas opened while this one is drawn gets its own
    if (spare == null || spare.getWidth() != w || spare.getHeight() != h) {
      return new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    }
    return spare;
  }
}
