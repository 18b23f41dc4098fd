package jp.popvision.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;

/**
 * Horizontal stacked bars, one per scenario (0–14, 15–64, 65+), scenario labels on the left and the
 * total at the end of each bar; drawn with Java2D so that long Japanese titles stay readable.
 */
final class ComparisonBarsPainter {
  private ComparisonBarsPainter() {}

  static void paint(
      Canvas c,
      ComparisonBarsData d,
      ChartTexts tx,
      java.util.function.Function<ComparisonBarsData.Bar, String> label,
      int x,
      int y,
      int w,
      int h) {
    var g = c.g;
    int n = d.bars().size();
    if (n == 0) {
      return;
    }
    g.setFont(c.font(Font.PLAIN, Canvas.TICK));
    FontMetrics fm = g.getFontMetrics();
    int labelW = 0;
    for (ComparisonBarsData.Bar b : d.bars()) {
      labelW = Math.max(labelW, fm.stringWidth(label.apply(b)));
    }
    labelW = Math.min(labelW + 16, w / 2);
    int totalW = fm.stringWidth("00,000人") + 16;
    int axisH = 80;
    double plotLeft = x + labelW;
    double plotRight = x + w - totalW;
    double plotTop = y;
    double plotBottom = y + h - axisH;
    double max = Ticks.niceCeiling(d.max() * 1.02, 5);
    double scale = (plotRight - plotLeft) / max;
    double rowH = (plotBottom - plotTop) / n;

    double step = Ticks.step(max, 5);
    for (double v = 0; v <= max + 1e-9; v += step) {
      double gx = plotLeft + v * scale;
      g.setColor(Canvas.GRID);
      g.setStroke(new BasicStroke(1));
      g.draw(new Line2D.Double(gx, plotTop, gx, plotBottom));
      g.setColor(Canvas.INK);
      g.draw(new Line2D.Double(gx, plotBottom, gx, plotBottom + 6));
      String t = String.format(Locale.ROOT, "%,.0f", v);
      g.drawString(
          t, (float) (gx - fm.stringWidth(t) / 2.0), (float) (plotBottom + 8 + fm.getAscent()));
    }
    g.draw(new Line2D.Double(plotLeft, plotBottom, plotRight, plotBottom));

    Color[] colors = {ChartWriter.AGE_0_14, ChartWriter.AGE_15_64, ChartWriter.AGE_65};
    for (int i = 0; i < n; i++) {
      ComparisonBarsData.Bar b = d.bars().get(i);
      double top = plotTop + i * rowH + rowH * 0.15;
      double barH = rowH * 0.7;
      double[] parts = {b.age0to14(), b.age15to64(), b.age65plus()};
      double cx = plotLeft;
      for (int k = 0; k < 3; k++) {
        double pw = parts[k] * scale;
        g.setColor(colors[k]);
        g.fill(new Rectangle2D.Double(cx, top, pw, barH));
        cx += pw;
      }
      g.setColor(Canvas.INK);
      String name = label.apply(b);
      double cy = top + barH / 2 + fm.getAscent() / 2.0 - 3;
      g.drawString(name, (float) (plotLeft - 10 - fm.stringWidth(name)), (float) cy);
      g.drawString(PyramidPainter.persons(b.total(), tx), (float) (cx + 8), (float) cy);
    }
    g.setFont(c.font(Font.PLAIN, Canvas.AXIS_TITLE));
    fm = g.getFontMetrics();
    String t = tx.persons();
    g.drawString(
        t, (float) ((plotLeft + plotRight) / 2 - fm.stringWidth(t) / 2.0), (float) (y + h - 8));
  }
}
