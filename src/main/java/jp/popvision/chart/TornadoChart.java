package jp.popvision.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import jp.popvision.results.TornadoBar;

/**
 * {@code tornado_<year>.png}: one horizontal bar per lever, lowered (blue) and raised (red) from
 * the scenario's value; Java2D, as XChart has no horizontal bars.
 */
final class TornadoChart {
  private final Canvas c;
  private final Graphics2D g;
  private final AnalysisTexts tx;
  private final Lang lang;
  private double x0;
  private double x1;
  private double top;
  private double plotBottom;
  private DoubleUnaryOperator sx;

  private TornadoChart(Canvas c, AnalysisTexts tx, Lang lang) {
    this.c = c;
    this.g = c.g;
    this.tx = tx;
    this.lang = lang;
  }

  static byte[] render(
      TornadoData d, String subtitle, AnalysisTexts tx, Lang lang, PageSetup page) {
    Canvas c = Canvas.of(page);
    int y = c.header(tx.tornadoTitle(d.year(), d.indicator()), subtitle);
    int legendBottom =
        Legend.row(
            c,
            List.of(
                Legend.Entry.box(tx.lowered(), Palette.LOWERED),
                Legend.Entry.box(tx.raised(), Palette.RAISED)),
            y);
    int bottom = c.footer(tx.source());
    TornadoChart t = new TornadoChart(c, tx, lang);
    t.x0 = Canvas.MARGIN + t.labelWidth(d) + 24;
    t.x1 = ChartWriter.WIDTH - Canvas.MARGIN - 10;
    t.top = legendBottom + 56;
    t.plotBottom = bottom - 84;
    t.axis(d);
    double rowH = (t.plotBottom - t.top) / d.bars().size();
    for (int k = 0; k < d.bars().size(); k++) {
      t.bar(d.bars().get(k), t.top + (k + 0.5) * rowH, Math.min(56, rowH * 0.62), d.base());
    }
    t.baseLine(d.base());
    return c.png();
  }

  private Font leverFont() {
    return c.font(Font.BOLD, Canvas.LEGEND);
  }

  private Font rangeFont() {
    return c.font(Font.PLAIN, Canvas.SOURCE);
  }

  /** The lever column: as wide as its longest label. */
  private int labelWidth(TornadoData d) {
    int labelW = 0;
    for (TornadoBar b : d.bars()) {
      g.setFont(leverFont());
      String name = tx.lever(b.lever(), b.change(), b.lowValue(), b.highValue());
      labelW = Math.max(labelW, g.getFontMetrics().stringWidth(name));
      g.setFont(rangeFont());
      String range = tx.leverRange(b.lever(), b.lowValue(), b.highValue());
      labelW = Math.max(labelW, g.getFontMetrics().stringWidth(range));
    }
    return labelW;
  }

  /** Grid, ticks and axis title; sets the value → screen mapping. */
  private void axis(TornadoData d) {
    double span = Math.max(d.max() - d.min(), 1e-9 + Math.abs(d.base()) * 0.002);
    double lo = d.min() - 0.14 * span;
    double hi = d.max() + 0.14 * span;
    double step = Ticks.step(hi - lo, 7);
    final double flo = Math.floor(lo / step) * step;
    final double fhi = Math.ceil(hi / step) * step;
    sx = v -> x0 + (v - flo) / (fhi - flo) * (x1 - x0);
    g.setFont(c.font(Font.PLAIN, Canvas.TICK));
    FontMetrics fm = g.getFontMetrics();
    for (double v = flo; v <= fhi + step / 2; v += step) {
      PlainAxis.tick(g, sx.applyAsDouble(v), top, plotBottom, AnalysisTexts.n(v), 10);
    }
    g.setColor(Palette.FRAME);
    g.draw(new Rectangle2D.Double(x0, top, x1 - x0, plotBottom - top));
    g.setFont(c.font(Font.PLAIN, Canvas.AXIS_TITLE));
    g.setColor(Canvas.INK);
    String axis = tx.indicator(d.indicator()) + (lang == Lang.JA ? "(人)" : " (persons)");
    PlainAxis.centred(
        g,
        axis,
        (x0 + x1) / 2,
        plotBottom + 10 + fm.getHeight() + g.getFontMetrics().getAscent() + 4);
  }

  private void bar(TornadoBar b, double cy, double barH, double base) {
    double baseX = sx.applyAsDouble(base);
    double lx = sx.applyAsDouble(b.populationLow());
    double hx = sx.applyAsDouble(b.populationHigh());
    g.setColor(Palette.LOWERED);
    g.fill(new Rectangle2D.Double(Math.min(baseX, lx), cy - barH / 2, Math.abs(lx - baseX), barH));
    g.setColor(Palette.RAISED);
    g.fill(new Rectangle2D.Double(Math.min(baseX, hx), cy - barH / 2, Math.abs(hx - baseX), barH));
    // lever name and its values, right-aligned in the lever column
    g.setColor(Canvas.INK);
    g.setFont(leverFont());
    String name = tx.lever(b.lever(), b.change(), b.lowValue(), b.highValue());
    String range = tx.leverRange(b.lever(), b.lowValue(), b.highValue());
    FontMetrics lf = g.getFontMetrics();
    float nameY = (float) (range.isEmpty() ? cy + lf.getAscent() / 2.0 - 3 : cy - 4);
    g.drawString(name, (float) (x0 - 16 - lf.stringWidth(name)), nameY);
    if (!range.isEmpty()) {
      g.setFont(rangeFont());
      g.setColor(Canvas.MUTED);
      FontMetrics rf = g.getFontMetrics();
      g.drawString(
          range, (float) (x0 - 16 - rf.stringWidth(range)), (float) (cy + 4 + rf.getAscent()));
    }
    values(b, cy, baseX, lx, hx);
  }

  /** The values at the bar's ends: outside the bar, on the side away from the base. */
  private void values(TornadoBar b, double cy, double baseX, double lx, double hx) {
    g.setFont(c.font(Font.PLAIN, Canvas.LABEL));
    FontMetrics vf = g.getFontMetrics();
    float vy = (float) (cy + vf.getAscent() / 2.0 - 3);
    boolean apart = Math.abs(hx - lx) >= 2 && (lx - baseX) * (hx - baseX) < 0;
    if (apart) {
      for (double[] e : new double[][] {{lx, b.populationLow()}, {hx, b.populationHigh()}}) {
        String s = AnalysisTexts.n(e[1]);
        boolean left = e[0] < baseX;
        Color color = e[1] == b.populationLow() ? Palette.LOWERED : Palette.RAISED;
        g.setColor(color.darker());
        g.drawString(s, (float) (left ? e[0] - 8 - vf.stringWidth(s) : e[0] + 8), vy);
      }
    } else {
      // both ends on one side of the base (or no visible swing): one label after the bar
      String s = AnalysisTexts.n(b.populationLow()) + " / " + AnalysisTexts.n(b.populationHigh());
      double right = Math.max(baseX, Math.max(lx, hx));
      g.setColor(Canvas.MUTED);
      g.drawString(s, (float) (right + 10), vy);
    }
  }

  /** The scenario's own value: a dashed line with its label above the plot. */
  private void baseLine(double base) {
    double baseX = sx.applyAsDouble(base);
    g.setColor(Canvas.INK);
    g.setStroke(Canvas.dashed(2f));
    g.draw(new Line2D.Double(baseX, top - 14, baseX, plotBottom));
    g.setFont(c.font(Font.BOLD, Canvas.LABEL));
    String baseLabel = tx.scenarioValue(base);
    FontMetrics bf = g.getFontMetrics();
    double bx =
        Math.max(
            x0, Math.min(baseX - bf.stringWidth(baseLabel) / 2.0, x1 - bf.stringWidth(baseLabel)));
    g.drawString(baseLabel, (float) bx, (float) (top - 22));
  }
}
