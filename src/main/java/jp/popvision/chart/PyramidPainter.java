package jp.popvision.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import jp.popvision.model.AgeGroups;
import jp.popvision.model.AgeVector;
import jp.popvision.model.Population;

/**
 * Draws a population pyramid with plain Java2D (XChart's axis formatters cannot print the mirrored
 * absolute values safely): males to the left, females to the right, age labels in a centre column,
 * the outline population as a step line on each side.
 */
final class PyramidPainter {
  static final Color MALE = new Color(0x4E, 0x79, 0xA7);
  static final Color FEMALE = new Color(0xE1, 0x7C, 0x8A);
  static final Color OUTLINE = new Color(0x22, 0x22, 0x22);

  private PyramidPainter() {}

  /** Paints {@code d} into the rectangle (x, y, w, h) of {@code c}. */
  static void paint(Canvas c, PyramidData d, ChartTexts tx, int x, int y, int w, int h) {
    var g = c.g;
    AgeGroups groups = d.groups();
    int n = groups.count();
    int gutter = 110;
    int headH = 40;
    int axisH = 80;
    double plotTop = y + headH;
    double plotBottom = y + h - axisH;
    double half = (w - gutter) / 2.0;
    double leftZero = x + half;
    double rightZero = x + half + gutter;
    double rowH = (plotBottom - plotTop) / n;
    double scale = half / d.scaleMax();

    // grid and ticks
    double step = Ticks.step(d.scaleMax(), 4);
    g.setFont(c.font(Font.PLAIN, Canvas.TICK));
    FontMetrics fm = g.getFontMetrics();
    for (double v = 0; v <= d.scaleMax() + 1e-9; v += step) {
      String label = String.format(Locale.ROOT, "%,.0f", v);
      for (int side = -1; side <= 1; side += 2) {
        double gx = side < 0 ? leftZero - v * scale : rightZero + v * scale;
        g.setColor(Canvas.GRID);
        g.setStroke(new BasicStroke(1));
        g.draw(new Line2D.Double(gx, plotTop, gx, plotBottom));
        g.setColor(Canvas.INK);
        g.draw(new Line2D.Double(gx, plotBottom, gx, plotBottom + 6));
        int lw = fm.stringWidth(label);
        double lx = gx - lw / 2.0;
        lx = Math.max(x, Math.min(lx, x + w - lw));
        g.drawString(label, (float) lx, (float) (plotBottom + 8 + fm.getAscent()));
      }
    }
    g.setColor(Canvas.INK);
    g.draw(new Line2D.Double(x, plotBottom, leftZero, plotBottom));
    g.draw(new Line2D.Double(rightZero, plotBottom, x + w, plotBottom));

    // bars
    for (int i = 0; i < n; i++) {
      double top = plotBottom - (i + 1) * rowH;
      double barTop = top + rowH * 0.08;
      double barH = rowH * 0.84;
      double m = d.male().get(i) * scale;
      double f = d.female().get(i) * scale;
      g.setColor(MALE);
      g.fill(new Rectangle2D.Double(leftZero - m, barTop, m, barH));
      g.setColor(FEMALE);
      g.fill(new Rectangle2D.Double(rightZero, barTop, f, barH));
    }

    // outline of the comparison population
    if (d.outline() != null) {
      g.setColor(OUTLINE);
      g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
      g.draw(step(d.outline().male(), leftZero, -scale, plotBottom, rowH));
      g.draw(step(d.outline().female(), rightZero, scale, plotBottom, rowH));
    }

    // age labels
    g.setColor(Canvas.INK);
    g.setFont(c.font(Font.PLAIN, Canvas.TICK));
    fm = g.getFontMetrics();
    int every = rowH < fm.getHeight() ? 2 : 1;
    for (int i = 0; i < n; i += every) {
      String label = groups.label(i).replace("-", "–");
      double cy = plotBottom - (i + 0.5) * rowH;
      g.drawString(
          label,
          (float) (x + half + (gutter - fm.stringWidth(label)) / 2.0),
          (float) (cy + fm.getAscent() / 2.0 - 3));
    }
    g.setFont(c.font(Font.BOLD, Canvas.TICK));
    fm = g.getFontMetrics();
    g.drawString(
        tx.age(),
        (float) (x + half + (gutter - fm.stringWidth(tx.age())) / 2.0),
        (float) (plotTop - 10));

    // side headings with totals
    Population p = d.population();
    g.setFont(c.font(Font.BOLD, Canvas.AXIS_TITLE));
    fm = g.getFontMetrics();
    String ml = tx.male() + "  " + persons(p.male().sum(), tx);
    String fl = tx.female() + "  " + persons(p.female().sum(), tx);
    g.setColor(MALE.darker());
    g.drawString(ml, (float) (leftZero - fm.stringWidth(ml) - 12), (float) (plotTop - 10));
    g.setColor(FEMALE.darker());
    g.drawString(fl, (float) (rightZero + 12), (float) (plotTop - 10));

    // x axis title
    g.setColor(Canvas.INK);
    g.setFont(c.font(Font.PLAIN, Canvas.AXIS_TITLE));
    fm = g.getFontMetrics();
    String t = tx.persons();
    g.drawString(t, (float) (x + w / 2.0 - fm.stringWidth(t) / 2.0), (float) (y + h - 8));
  }

  static String persons(double v, ChartTexts tx) {
    String s = String.format(Locale.ROOT, "%,.0f", v);
    return tx.lang() == Lang.JA ? s + "人" : s;
  }

  /** A step outline of {@code v} from the zero line at {@code zero}, bottom group first. */
  private static Path2D step(AgeVector v, double zero, double scale, double bottom, double rowH) {
    Path2D path = new Path2D.Double();
    path.moveTo(zero, bottom);
    for (int i = 0; i < v.size(); i++) {
      double x = zero + v.get(i) * scale;
      path.lineTo(x, bottom - i * rowH);
      path.lineTo(x, bottom - (i + 1) * rowH);
    }
    path.lineTo(zero, bottom - v.size() * rowH);
    return path;
  }
}
