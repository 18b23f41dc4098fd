package jp.popvision.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.function.Function;

/**
 * {@code scenarios_<year>.png}: horizontal stacked bars, one per scenario (0–14, 15–64, 65+),
 * scenario labels on the left and the total at the end of each bar; drawn with Java2D (XChart has
 * no horizontal bars) so that long Japanese titles stay readable.
 */
final class ComparisonBarsChart {
  private ComparisonBarsChart() {}

  static byte[] render(ComparisonBarsData d, String subtitle, ChartTexts tx, PageSetup page) {
    Canvas c = Canvas.of(page);
    int y = c.header(tx.comparisonBarsTitle(d.year()), subtitle);
    List<Legend.Entry> legend =
        List.of(
            Legend.Entry.box(tx.age0to14(), Palette.AGE_0_14),
            Legend.Entry.box(tx.age15to64(), Palette.AGE_15_64),
            Legend.Entry.box(tx.age65plus(), Palette.AGE_65));
    int legendBottom = Legend.row(c, legend, y);
    int bottom = c.footer(tx.source());
    Function<ComparisonBarsData.Bar, String> label =
        b ->
            b.title() != null
                    && !b.title().isBlank()
                    && page.canDisplay(b.title())
                    && tx.lang() == Lang.JA
                ? b.title()
                : b.name();
    paint(
        c,
        d,
        tx,
        label,
        Canvas.MARGIN,
        legendBottom + 16,
        ChartWriter.WIDTH - 2 * Canvas.MARGIN,
        bottom - legendBottom - 16);
    return c.png();
  }

  private static void paint(
      Canvas c,
      ComparisonBarsData d,
      ChartTexts tx,
      Function<ComparisonBarsData.Bar, String> label,
      int x,
      int y,
      int w,
      int h) {
    Graphics2D g = c.g;
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
    double plotBottom = y + h - axisH;
    double max = Ticks.niceCeiling(d.max() * 1.02, 5);
    double scale = (plotRight - plotLeft) / max;
    double step = Ticks.step(max, 5);
    for (double v = 0; v <= max + 1e-9; v += step) {
      String t = Thousands.of(v);
      PlainAxis.tick(g, plotLeft + v * scale, y, plotBottom, t, 8);
    }
    g.draw(new Line2D.Double(plotLeft, plotBottom, plotRight, plotBottom));
    double rowH = (plotBottom - y) / n;
    for (int i = 0; i < n; i++) {
      ComparisonBarsData.Bar b = d.bars().get(i);
      bar(g, b, label.apply(b), plotLeft, y + i * rowH + rowH * 0.15, rowH * 0.7, scale, tx);
    }
    g.setFont(c.font(Font.PLAIN, Canvas.AXIS_TITLE));
    PlainAxis.centred(g, tx.persons(), (plotLeft + plotRight) / 2, y + h - 8);
  }

  private static void bar(
      Graphics2D g,
      ComparisonBarsData.Bar b,
      String name,
      double plotLeft,
      double top,
      double barH,
      double scale,
      ChartTexts tx) {
    Color[] colors = {Palette.AGE_0_14, Palette.AGE_15_64, Palette.AGE_65};
    double[] parts = {b.age0to14(), b.age15to64(), b.age65plus()};
    double cx = plotLeft;
    for (int k = 0; k < 3; k++) {
      double pw = parts[k] * scale;
      g.setColor(colors[k]);
      g.fill(new Rectangle2D.Double(cx, top, pw, barH));
      cx += pw;
    }
    g.setColor(Canvas.INK);
    FontMetrics fm = g.getFontMetrics();
    double cy = top + barH / 2 + fm.getAscent() / 2.0 - 3;
    g.drawString(name, (float) (plotLeft - 10 - fm.stringWidth(name)), (float) cy);
    g.drawString(PyramidPainter.persons(b.total(), tx), (float) (cx + 8), (float) cy);
  }
}
