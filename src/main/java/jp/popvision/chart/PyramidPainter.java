package jp.popvision.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import jp.popvision.model.AgeVector;
import jp.popvision.model.Population;

/**
 * Draws a population pyramid with plain Java2D (XChart's axis formatters cannot print the mirrored
 * absolute values safely): males to the left, females to the right, age labels in a centre column,
 * the outline population as a step line on each side.
 */
final class PyramidPainter {
  private static final int GUTTER = 110;
  private static final int HEAD_H = 40;
  private static final int AXIS_H = 80;

  private final Canvas c;
  private final Graphics2D g;
  private final PyramidData d;
  private final ChartTexts tx;
  private final int x;
  private final int y;
  private final int w;
  private final int h;
  private final double plotTop;
  private final double plotBottom;
  private final double half;
  private final double leftZero;
  private final double rightZero;
  private final double rowH;
  private final double scale;

  private PyramidPainter(Canvas c, PyramidData d, ChartTexts tx, int x, int y, int w, int h) {
    this.c = c;
    this.g = c.g;
    this.d = d;
    this.tx = tx;
    this.x = x;
    this.y = y;
    this.w = w;
    this.h = h;
    plotTop = y + HEAD_H;
    plotBottom = y + h - AXIS_H;
    half = (w - GUTTER) / 2.0;
    leftZero = x + half;
    rightZero = x + half + GUTTER;
    rowH = (plotBottom - plotTop) / d.groups().count();
    scale = half / d.scaleMax();
  }

  /** Paints {@code d} into the rectangle (x, y, w, h) of {@code c}. */
  static void paint(Canvas c, PyramidData d, ChartTexts tx, int x, int y, int w, int h) {
    PyramidPainter p = new PyramidPainter(c, d, tx, x, y, w, h);
    p.grid();
    p.bars();
    if (d.outline() != null) {
      p.g.setColor(Palette.OUTLINE);
      p.g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
      p.outline(d.outline());
    }
    p.ageLabels();
    p.headings();
  }

  /** As {@link #paint}, with {@code overlays} as outlines instead of the data's own outline. */
  static void paint(
      Canvas c,
      PyramidData d,
      java.util.List<PyramidOverlayData.Overlay> overlays,
      ChartTexts tx,
      int x,
      int y,
      int w,
      int h) {
    PyramidPainter p = new PyramidPainter(c, d, tx, x, y, w, h);
    p.grid();
    p.bars();
    for (PyramidOverlayData.Overlay o : overlays) {
      p.g.setColor(o.color());
      p.g.setStroke(
          o.dashed()
              ? new BasicStroke(
                  3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {9, 6}, 0)
              : new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
      p.outline(o.population());
    }
    p.ageLabels();
    p.headings();
  }

  private void grid() {
    double step = Ticks.step(d.scaleMax(), 4);
    g.setFont(c.font(Font.PLAIN, Canvas.TICK));
    for (double v = 0; v <= d.scaleMax() + 1e-9; v += step) {
      String label = Thousands.of(v);
      for (int side = -1; side <= 1; side += 2) {
        double gx = side < 0 ? leftZero - v * scale : rightZero + v * scale;
        PlainAxis.tick(g, gx, plotTop, plotBottom, label, 8, x, x + w);
      }
    }
    g.setColor(Canvas.INK);
    g.draw(new Line2D.Double(x, plotBottom, leftZero, plotBottom));
    g.draw(new Line2D.Double(rightZero, plotBottom, x + w, plotBottom));
  }

  private void bars() {
    for (int i = 0; i < d.groups().count(); i++) {
      double top = plotBottom - (i + 1) * rowH;
      double barTop = top + rowH * 0.08;
      double barH = rowH * 0.84;
      double m = d.male().get(i) * scale;
      double f = d.female().get(i) * scale;
      g.setColor(Palette.MALE);
      g.fill(new Rectangle2D.Double(leftZero - m, barTop, m, barH));
      g.setColor(Palette.FEMALE);
      g.fill(new Rectangle2D.Double(rightZero, barTop, f, barH));
    }
  }

  /** A comparison population as a step line on each side, in the colour and stroke set on g. */
  private void outline(Population p) {
    g.draw(step(p.male(), leftZero, -scale));
    g.draw(step(p.female(), rightZero, scale));
  }

  private void ageLabels() {
    g.setColor(Canvas.INK);
    g.setFont(c.font(Font.PLAIN, Canvas.TICK));
    FontMetrics fm = g.getFontMetrics();
    int every = rowH < fm.getHeight() ? 2 : 1;
    for (int i = 0; i < d.groups().count(); i += every) {
      String label = d.groups().label(i).replace("-", "–");
      double cy = plotBottom - (i + 0.5) * rowH;
      g.drawString(
          label,
          (float) (x + half + (GUTTER - fm.stringWidth(label)) / 2.0),
          (float) (cy + fm.getAscent() / 2.0 - 3));
    }
    g.setFont(c.font(Font.BOLD, Canvas.TICK));
    fm = g.getFontMetrics();
    g.drawString(
        tx.age(),
        (float) (x + half + (GUTTER - fm.stringWidth(tx.age())) / 2.0),
        (float) (plotTop - 10));
  }

  /** The side headings with each sex's total, and the x axis title. */
  private void headings() {
    Population p = d.population();
    g.setFont(c.font(Font.BOLD, Canvas.AXIS_TITLE));
    FontMetrics fm = g.getFontMetrics();
    String ml = tx.male() + "  " + persons(p.male().sum(), tx);
    String fl = tx.female() + "  " + persons(p.female().sum(), tx);
    g.setColor(Palette.MALE.darker());
    g.drawString(ml, (float) (leftZero - fm.stringWidth(ml) - 12), (float) (plotTop - 10));
    g.setColor(Palette.FEMALE.darker());
    g.drawString(fl, (float) (rightZero + 12), (float) (plotTop - 10));
    g.setColor(Canvas.INK);
    g.setFont(c.font(Font.PLAIN, Canvas.AXIS_TITLE));
    PlainAxis.centred(g, tx.persons(), x + w / 2.0, y + h - 8);
  }

  static String persons(double v, ChartTexts tx) {
    String s = Thousands.of(v);
    return tx.lang() == Lang.JA ? s + "人" : s;
  }

  /** A step outline of {@code v} from the zero line at {@code zero}, bottom group first. */
  private Path2D step(AgeVector v, double zero, double scale) {
    Path2D path = new Path2D.Double();
    path.moveTo(zero, plotBottom);
    for (int i = 0; i < v.size(); i++) {
      double px = zero + v.get(i) * scale;
      path.lineTo(px, plotBottom - i * rowH);
      path.lineTo(px, plotBottom - (i + 1) * rowH);
    }
    path.lineTo(zero, plotBottom - v.size() * rowH);
    return path;
  }
}
