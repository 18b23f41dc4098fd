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
 * {@code backtest_errors_2020*.png}: the distribution of the error (%) of the 2020 population
 * projected from one base year by some methods, by size class, as box plots (box 25th–75th
 * percentile, line the median, whiskers 10th–90th percentile), IPSS 2018's 2015 → 2020 errors as
 * the reference (drawn grey, last). Texts from {@link BacktestTexts}.
 */
public final class BacktestBoxChart {
  /** The axis limits tried in turn: the smallest that holds every whisker. */
  private static final int[] LIMITS = {10, 20, 30, 50};

  private static final Color[] COLORS = {
    new Color(0x1F, 0x77, 0xB4),
    new Color(0xFF, 0x7F, 0x0E),
    new Color(0x2C, 0xA0, 0x2C),
    new Color(0x94, 0x67, 0xBD),
    new Color(0xD6, 0x27, 0x28),
    new Color(0x8C, 0x56, 0x4B),
    new Color(0x17, 0xBE, 0xCF)
  };

  private static final Color REFERENCE = new Color(0x7F, 0x7F, 0x7F);

  private BacktestBoxChart() {}

  /**
   * One method's errors (%) in each size class (the four classes and all areas, in the summary's
   * order); {@code reference} marks IPSS 2018.
   */
  public record Series(String method, boolean reference, List<double[]> errorsByClass) {
    public Series {
      errorsByClass = List.copyOf(errorsByClass);
    }
  }

  /** The chart of the 2020 errors from {@code baseYear} over {@code areas} areas. */
  public static byte[] render(
      Lang lang, int baseYear, int year, int areas, List<Series> series, int dpi) {
    BacktestTexts tx = new BacktestTexts(lang);
    int limit = limit(series);
    Canvas c = Canvas.of(new PageSetup(dpi, FontChoice.detect()));
    int legendTop = c.header(tx.title(baseYear, year, areas), tx.subtitle()) + 30;
    int top = legend(c, tx, series, legendTop, year - baseYear == 5) + 56;
    int bottom = c.note(tx.note(limit), c.footer(tx.source()));
    Graphics2D g = c.g;
    int left = 150;
    int right = ChartWriter.WIDTH - Canvas.MARGIN;
    int plotBottom = bottom - 70;
    g.setFont(c.font(Font.PLAIN, Canvas.TICK));
    int step = limit / 2;
    for (int t = -limit; t <= limit; t += step) {
      double y = y(t, limit, top, plotBottom);
      g.setColor(t == 0 ? Canvas.INK : Canvas.GRID);
      g.setStroke(new BasicStroke(t == 0 ? 2f : 1f));
      g.draw(new Line2D.Double(left, y, right, y));
      g.setColor(Canvas.INK);
      String s = t == 0 ? "0%" : String.format(Locale.ROOT, "%+d%%", t);
      if (lang == Lang.JA) {
        s = s.replace('-', '−');
      }
      g.drawString(s, left - 12 - g.getFontMetrics().stringWidth(s), (float) y + 8);
    }
    g.setFont(c.font(Font.PLAIN, Canvas.AXIS_TITLE));
    g.drawString(tx.axis(), Canvas.MARGIN - 10, top - 20);
    List<String> classes = tx.sizeClasses();
    double groupW = (right - left) / (double) classes.size();
    double boxW = groupW * 0.84 / series.size();
    for (int k = 0; k < classes.size(); k++) {
      double gx = left + k * groupW + groupW * 0.08;
      for (int s = 0; s < series.size(); s++) {
        double[] e = series.get(s).errorsByClass().get(k);
        if (e.length > 0) {
          box(
              g,
              e,
              gx + s * boxW + boxW * 0.1,
              boxW * 0.8,
              limit,
              top,
              plotBottom,
              color(series, s));
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

  private static Color color(List<Series> series, int s) {
    return series.get(s).reference() ? REFERENCE : COLORS[s % COLORS.length];
  }

  /** The smallest axis limit that holds every 10th and 90th percentile. */
  static int limit(List<Series> series) {
    double max = 0;
    for (Series s : series) {
      for (double[] e : s.errorsByClass()) {
        if (e.length > 0) {
          double[] v = e.clone();
          Arrays.sort(v);
          max = Math.max(max, Math.max(Math.abs(q(v, 0.1)), Math.abs(q(v, 0.9))));
        }
      }
    }
    for (int l : LIMITS) {
      if (max <= l) {
        return l;
      }
    }
    return LIMITS[LIMITS.length - 1];
  }

  /** The legend in as many rows as it needs; returns the y below it. */
  private static int legend(
      Canvas c, BacktestTexts tx, List<Series> series, int top, boolean sameHorizon) {
    Graphics2D g = c.g;
    g.setFont(c.font(Font.PLAIN, Canvas.LEGEND));
    int rowH = g.getFontMetrics().getHeight() + 8;
    int x = Canvas.MARGIN;
    int y = top + rowH - 8;
    for (int s = 0; s < series.size(); s++) {
      Series sr = series.get(s);
      String label = sr.reference() ? tx.ipss(sameHorizon) : sr.method();
      int w = 36 + g.getFontMetrics().stringWidth(label);
      if (x > Canvas.MARGIN && x + w > ChartWriter.WIDTH - Canvas.MARGIN) {
        x = Canvas.MARGIN;
        y += rowH;
      }
      g.setColor(color(series, s));
      g.fill(new Rectangle2D.Double(x, y - 18, 28, 20));
      g.setColor(Canvas.INK);
      g.drawString(label, x + 36, y);
      x += w + 40;
    }
    return y + 8;
  }

  private static void box(
      Graphics2D g, double[] e, double x, double w, int limit, int top, int bottom, Color color) {
    double[] v = e.clone();
    Arrays.sort(v);
    double p10 = y(q(v, 0.1), limit, top, bottom);
    double p25 = y(q(v, 0.25), limit, top, bottom);
    double p50 = y(q(v, 0.5), limit, top, bottom);
    double p75 = y(q(v, 0.75), limit, top, bottom);
    double p90 = y(q(v, 0.9), limit, top, bottom);
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
  static double q(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  private static double y(double value, int limit, int top, int bottom) {
    double v = Math.max(-limit, Math.min(limit, value));
    return top + (limit - v) / (2.0 * limit) * (bottom - top);
  }
}
