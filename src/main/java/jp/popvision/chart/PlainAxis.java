package jp.popvision.chart;

import java.awt.BasicStroke;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;

/**
 * The value axis of the charts drawn with plain Java2D (pyramids, horizontal bars, tornado), which
 * XChart 3.8.8 cannot draw: it has no horizontal bars (knowm/XChart#136), and mirrored pyramid
 * labels make its axis loop (STYLE.md, known traps).
 */
final class PlainAxis {
  private PlainAxis() {}

  /**
   * One tick at screen x {@code gx}: a vertical grid line from {@code top} to {@code bottom}, a
   * tick mark below it and {@code label} centred under it ({@code gap} below the axis, in the font
   * set on {@code g}), kept within [{@code minX}, {@code maxX}].
   */
  static void tick(
      Graphics2D g,
      double gx,
      double top,
      double bottom,
      String label,
      double gap,
      double minX,
      double maxX) {
    FontMetrics fm = g.getFontMetrics();
    g.setColor(Palette.GRID);
    g.setStroke(new BasicStroke(1));
    g.draw(new Line2D.Double(gx, top, gx, bottom));
    g.setColor(Palette.INK);
    g.draw(new Line2D.Double(gx, bottom, gx, bottom + 6));
    int lw = fm.stringWidth(label);
    double lx = gx - lw / 2.0;
    lx = Math.max(minX, Math.min(lx, maxX - lw));
    g.drawString(label, (float) lx, (float) (bottom + gap + fm.getAscent()));
  }

  /** As {@link #tick(Graphics2D, double, double, double, String, double, double, double)}, free. */
  static void tick(Graphics2D g, double gx, double top, double bottom, String label, double gap) {
    tick(g, gx, top, bottom, label, gap, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
  }

  /** {@code text} centred on {@code cx} with its baseline at {@code y}, in the font set on g. */
  static void centred(Graphics2D g, String text, double cx, double y) {
    g.drawString(text, (float) (cx - g.getFontMetrics().stringWidth(text) / 2.0), (float) y);
  }
}
