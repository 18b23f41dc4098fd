package jp.popvision.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code backtest_errors_2020.png}: the distribution of the 2015 → 2020 error (%) of some methods
 * by size class, as box plots (box 25th–75th percentile, line the median, whiskers 10th–90th
 * percentile), IPSS 2018 as the reference. Labels in Japanese.
 */
public final class BacktestBoxChart {
  private static final double LIMIT = 10;
  private static final Color[] COLORS = {
    new Color(0x1F, 0x77, 0xB4),
    new Color(0xD6, 0x27, 0x28),
    new Color(0x2C, 0xA0, 0x2C),
    new Color(0x7F, 0x7F, 0x7F)
  };

  private BacktestBoxChart() {}

  /** One method's errors (%) in each size class, in the order of {@code classes}. */
  public record Series(String label, List<double[]> errorsByClass) {}

  /** The chart; the last series is drawn grey (the reference). */
  public static byte[] render(
      String title, String subtitle, List<String> classes, List<Series> series, int dpi) {
    Canvas c = Canvas.of(new PageSetup(dpi, FontChoice.detect()));
    int top = c.header(title, subtitle) + 90;
    int bottom =
        c.note(
            "箱: 25〜75パーセンタイル、線: 中央値、ひげ: 10〜90パーセンタイル(±10%で切り詰め)",
            c.footer("出典: 国勢調査 1980〜2020年、社人研 平成30年推計; popvision backtest --area all"));
    Graphics2D g = c.g;
    int left = 150;
    int right = ChartWriter.WIDTH - Canvas.MARGIN;
    int plotBottom = bottom - 70;
    legend(c, series, top - 62);
    g.setFont(c.font(Font.PLAIN, Canvas.TICK));
    for (int t = -10; t <= 10; t += 5) {
      double y = y(t, top, plotBottom);
      g.setColor(t == 0 ? Canvas.INK : Canvas.GRID);
      g.setStroke(new BasicStroke(t == 0 ? 2f : 1f));
      g.draw(new Line2D.Double(left, y, right, y));
      g.setColor(Canvas.INK);
      String s = String.format(Locale.ROOT, "%+d%%", t).replace("+0", "0");
      g.drawString(s, left - 12 - g.getFontMetrics().stringWidth(s), (float) y + 8);
    }
    g.setFont(c.font(Font.PLAIN, Canvas.AXIS_TITLE));
    g.drawString("誤差率", Canvas.MARGIN - 10, top - 22);
    double groupW = (right - left) / (double) classes.size();
    double boxW = groupW * 0.8 / series.size();
    for (int k = 0; k < classes.size(); k++) {
      double gx = left + k * groupW + groupW * 0.1;
      for (int s = 0; s < series.size(); s++) {
        double[] e = series.get(s).errorsByClass().get(k);
        if (e.length > 0) {
          box(g, e, gx + s * boxW + boxW * 0.1, boxW * 0.8, top, plotBottom, COLORS[s]);
        }
      }
      g.setColor(Canvas.INK);
      g.setFont(c.font(Font.PLAIN, Canvas.LABEL));
      String label = classes.get(k);
      int w = g.getFontMetrics().stringWidth(label);
      g.drawString(label, (float) (left + k * groupW + (groupW - w) / 2), plotBottom + 40);
    }
    return c.png();
  }

  private static void legend(Canvas c, List<Series> series, int y) {
    Graphics2D g = c.g;
    g.setFont(c.font(Font.PLAIN, Canvas.LEGEND));
    int x = Canvas.MARGIN;
    for (int s = 0; s < series.size(); s++) {
      g.setColor(COLORS[s]);
      g.fill(new Rectangle2D.Double(x, y - 18, 28, 20));
      g.setColor(Canvas.INK);
      g.drawString(series.get(s).label(), x + 36, y);
      x += 36 + g.getFontMetrics().stringWidth(series.get(s).label()) + 40;
    }
  }

  private static void box(
      Graphics2D g, double[] e, double x, double w, int top, int bottom, Color color) {
    double[] v = e.clone();
    Arrays.sort(v);
    double p10 = y(q(v, 0.1), top, bottom);
    double p25 = y(q(v, 0.25), top, bottom);
    double p50 = y(q(v, 0.5), top, bottom);
    double p75 = y(q(v, 0.75), top, bottom);
    double p90 = y(q(v, 0.9), top, bottom);
    g.setColor(color);
    g.setStroke(new BasicStroke(2f));
    g.draw(new Line2D.Double(x + w / 2, p90, x + w / 2, p75));
    g.draw(new Line2D.Double(x + w / 2, p25, x + w / 2, p10));
    g.draw(new Line2D.Double(x + w * 0.25, p90, x + w * 0.75, p90));
    g.draw(new Line2D.Double(x + w * 0.25, p10, x + w * 0.75, p10));
    g.setColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), 90));
    g.fill(new Rectangle2D.Double(x, p75, w, p25 - p75));
    g.setColor(color);
    g.draw(new Rectangle2D.Double(x, p75, w, p25 - p75));
    g.setStroke(new BasicStroke(4f));
    g.draw(new Line2D.Double(x, p50, x + w, p50));
  }

  /** Type-7 quantile of sorted values. */
  private static double q(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  private static double y(double value, int top, int bottom) {
    double v = Math.max(-LIMIT, Math.min(LIMIT, value));
    return top + (LIMIT - v) / (2 * LIMIT) * (bottom - top);
  }
}
