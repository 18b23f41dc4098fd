package jp.popvision.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * {@code age_structure.png}: stacked areas of 0–14 / 15–64 / 65+ over the shares of 65+ and 75+,
 * two XChart panels on one year axis, the base year marked as the line between actual and
 * projected.
 */
final class AgeStructureChart {
  private static final int AXIS_WIDTH = 150;

  private AgeStructureChart() {}

  /** The data as the two panels plot them (years, stacked persons, shares in %). */
  private record Series(
      double[] years,
      double[] young,
      double[] upTo64,
      double[] all,
      double[] s65,
      double[] s75,
      double maxTotal,
      double maxShare) {
    static Series of(AgeStructureData d) {
      List<AgeStructureData.Row> rows = d.rows();
      int n = rows.size();
      double[] years = new double[n];
      double[] young = new double[n];
      double[] upTo64 = new double[n];
      double[] all = new double[n];
      double[] s65 = new double[n];
      double[] s75 = new double[n];
      double maxTotal = 0;
      double maxShare = 0;
      for (int i = 0; i < n; i++) {
        AgeStructureData.Row r = rows.get(i);
        years[i] = r.year();
        young[i] = r.age0to14();
        upTo64[i] = r.age0to14() + r.age15to64();
        all[i] = r.total();
        s65[i] = 100 * r.share65plus();
        s75[i] = 100 * r.share75plus();
        maxTotal = Math.max(maxTotal, all[i]);
        maxShare = Math.max(maxShare, s65[i]);
      }
      return new Series(years, young, upTo64, all, s65, s75, maxTotal, maxShare);
    }

    double first() {
      return years[0];
    }

    double last() {
      return years[years.length - 1];
    }
  }

  static byte[] render(AgeStructureData d, String subtitle, ChartTexts tx, PageSetup page) {
    Canvas c = Canvas.of(page);
    int y = c.header(tx.ageStructureTitle(), subtitle);
    List<Legend.Entry> legend =
        List.of(
            Legend.Entry.box(tx.age0to14(), Palette.AGE_0_14),
            Legend.Entry.box(tx.age15to64(), Palette.AGE_15_64),
            Legend.Entry.box(tx.age65plus(), Palette.AGE_65),
            new Legend.Entry(tx.share65(), Legend.KeyKind.LINE_MARKER, Palette.SHARE_65, 3.5f),
            new Legend.Entry(tx.share75(), Legend.KeyKind.LINE_MARKER, Palette.SHARE_75, 3.5f));
    int legendBottom = Legend.row(c, legend, y);
    int bottom = c.footer(tx.source());
    Series s = Series.of(d);
    int cx = Canvas.MARGIN - 10;
    int cw = ChartWriter.WIDTH - 2 * Canvas.MARGIN + 10;
    int topY = legendBottom + 4;
    int totalH = bottom - topY;
    int topH = (int) (totalH * 0.52);
    int lowH = totalH - topH;
    XYChart top = topPanel(c, s, cw, topH, tx);
    XYChart low = lowPanel(c, s, cw, lowH, tx);
    Graphics2D g = c.g;
    g.translate(cx, topY);
    top.paint(g, cw, topH);
    g.translate(0, topH);
    low.paint(g, cw, lowH);
    double shift = align(g, top, low, s.first(), cw, topH, lowH);
    double topShift = Math.max(0, -shift);
    double lowShift = Math.max(0, shift);
    g.translate(topShift, -topH);
    separator(c, top, d.baseYear(), top.getStyler().getYAxisMax(), tx);
    g.translate(lowShift - topShift, topH);
    separator(c, low, d.baseYear(), low.getStyler().getYAxisMax(), null);
    shareLabels(c, low, d, s);
    g.translate(-cx - lowShift, -topY - topH);
    return c.png();
  }

  private static XYChart topPanel(Canvas c, Series s, int cw, int topH, ChartTexts tx) {
    XYChart top = new XYChart(cw, topH);
    Axes.style(top.getStyler(), c);
    top.getStyler().setYAxisLeftWidthHint(AXIS_WIDTH);
    top.getStyler().setXAxisMin(s.first()).setXAxisMax(s.last());
    top.getStyler().setYAxisMin(0.0).setYAxisMax(Ticks.niceCeiling(s.maxTotal() * 1.02, 8));
    top.getStyler().setXAxisTitleVisible(false);
    top.setYAxisTitle(tx.persons());
    top.setCustomXAxisTickLabelsFormatter(Axes::yearLabel);
    top.setCustomYAxisTickLabelsFormatter(Axes::thousands);
    Axes.area(top, "65+", s.years(), s.all(), Palette.AGE_65);
    Axes.area(top, "15-64", s.years(), s.upTo64(), Palette.AGE_15_64);
    Axes.area(top, "0-14", s.years(), s.young(), Palette.AGE_0_14);
    return top;
  }

  private static XYChart lowPanel(Canvas c, Series s, int cw, int lowH, ChartTexts tx) {
    XYChart low = new XYChart(cw, lowH);
    Axes.style(low.getStyler(), c);
    low.getStyler().setYAxisLeftWidthHint(AXIS_WIDTH);
    low.getStyler().setXAxisMin(s.first()).setXAxisMax(s.last());
    low.getStyler().setYAxisMin(0.0).setYAxisMax(Ticks.niceCeiling(s.maxShare() * 1.15));
    low.setXAxisTitle(tx.year());
    low.setYAxisTitle(tx.sharePercent());
    low.setCustomXAxisTickLabelsFormatter(Axes::yearLabel);
    low.setCustomYAxisTickLabelsFormatter(v -> String.format(Locale.ROOT, "%.0f%%", v));
    low.getStyler().setMarkerSize(9);
    for (var e :
        List.of(Map.entry(s.s75(), Palette.SHARE_75), Map.entry(s.s65(), Palette.SHARE_65))) {
      XYSeries ser =
          low.addSeries(e.getValue() == Palette.SHARE_65 ? "65+" : "75+", s.years(), e.getKey());
      ser.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
      ser.setMarker(SeriesMarkers.CIRCLE);
      ser.setMarkerColor(e.getValue());
      ser.setLineColor(e.getValue());
      ser.setLineStyle(Canvas.round(3.5f));
    }
    return low;
  }

  /**
   * The panels share the x axis: if their y-axis labels differ in width, repaints the one with the
   * narrower labels shifted so that the years line up. Called with g at the lower panel; returns
   * the shift (positive: the lower panel moved right).
   */
  private static double align(
      Graphics2D g, XYChart top, XYChart low, double first, int cw, int topH, int lowH) {
    double shift = top.getScreenXFromChart(first) - low.getScreenXFromChart(first);
    if (shift > 0.5) {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, cw, lowH);
      g.translate(shift, 0);
      low.paint(g, (int) Math.round(cw - shift), lowH);
      g.translate(-shift, 0);
    } else if (shift < -0.5) {
      g.translate(0, -topH);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, cw, topH);
      g.translate(-shift, 0);
      top.paint(g, (int) Math.round(cw + shift), topH);
      g.translate(shift, topH);
    }
    return shift;
  }

  /** The share lines as occupied, and the shares labelled at {@link #shareLabelYears}. */
  private static void shareLabels(Canvas c, XYChart low, AgeStructureData d, Series s) {
    Rectangle2D bounds =
        Axes.plotBounds(low, s.first(), s.last(), 0, low.getStyler().getYAxisMax());
    double[] years = s.years();
    c.occupyPolyline(Axes.screenX(low, years), Axes.screenY(low, s.s65()));
    c.occupyPolyline(Axes.screenX(low, years), Axes.screenY(low, s.s75()));
    for (int i = 0; i < years.length; i++) {
      c.occupy(
          Canvas.circle(low.getScreenXFromChart(years[i]), low.getScreenYFromChart(s.s65()[i]), 7)
              .getBounds2D());
      c.occupy(
          Canvas.circle(low.getScreenXFromChart(years[i]), low.getScreenYFromChart(s.s75()[i]), 7)
              .getBounds2D());
    }
    for (int year : shareLabelYears(d)) {
      AgeStructureData.Row r = d.at(year);
      double px = low.getScreenXFromChart(year);
      c.label(
          Axes.percent(r.share65plus()),
          px,
          low.getScreenYFromChart(100 * r.share65plus()),
          bounds,
          Palette.SHARE_65.darker(),
          Font.BOLD,
          LabelPlacer.Prefer.ABOVE);
      c.label(
          Axes.percent(r.share75plus()),
          px,
          low.getScreenYFromChart(100 * r.share75plus()),
          bounds,
          Palette.SHARE_75.darker(),
          Font.BOLD,
          LabelPlacer.Prefer.BELOW);
    }
  }

  /** Years whose shares are labelled: the base year, 2040, 2060 and the last year, if drawn. */
  static List<Integer> shareLabelYears(AgeStructureData d) {
    List<Integer> out = new ArrayList<>();
    int last = d.rows().get(d.rows().size() - 1).year();
    for (int y : new int[] {d.baseYear(), 2040, 2060, last}) {
      if (d.at(y) != null && !out.contains(y)) {
        out.add(y);
      }
    }
    return out;
  }

  /**
   * The dashed line at the base year; with {@code tx}, the words "actual" and "projected" on either
   * side of its top.
   */
  static void separator(Canvas c, XYChart chart, int year, double y1, ChartTexts tx) {
    Graphics2D g = c.g;
    double x = chart.getScreenXFromChart(year);
    double top = chart.getScreenYFromChart(y1);
    double bottom = chart.getScreenYFromChart(0);
    g.setColor(Canvas.INK);
    g.setStroke(Canvas.dashed(2f));
    g.draw(new Line2D.Double(x, top, x, bottom));
    if (tx == null) {
      return;
    }
    g.setFont(c.font(Font.BOLD, Canvas.LABEL));
    var fm = g.getFontMetrics();
    String a = tx.actual();
    String p = tx.projected();
    float ty = (float) (top + fm.getAscent() + 6);
    g.setColor(new Color(255, 255, 255, 215));
    g.fill(
        new Rectangle2D.Double(
            x - fm.stringWidth(a) - 14, top + 2, fm.stringWidth(a) + 8, fm.getHeight() + 4));
    g.fill(new Rectangle2D.Double(x + 6, top + 2, fm.stringWidth(p) + 8, fm.getHeight() + 4));
    g.setColor(Canvas.INK);
    g.drawString(a, (float) (x - fm.stringWidth(a) - 10), ty);
    g.drawString(p, (float) (x + 10), ty);
  }
}
