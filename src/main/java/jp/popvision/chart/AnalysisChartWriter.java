package jp.popvision.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import jp.popvision.results.TornadoBar;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Renders the charts of {@code popvision sensitivity} (tornado, heat map with contour lines) and
 * {@code popvision uncertainty} (fan chart) on the same page layout, fonts and colours as {@link
 * ChartWriter}: the tornado and heat map with plain Java2D, the fan chart on XChart axes. Headless;
 * PNG bytes in memory.
 */
public final class AnalysisChartWriter {
  public static final String FAN_CHART = "fan_chart.png";

  static final Color LOWERED = ChartWriter.IPSS_H30;
  static final Color RAISED = ChartWriter.PROJECTION;
  static final Color FAN = ChartWriter.PROJECTION;

  /** Opacity of each band layer of the fan chart (three nested layers). */
  static final float FAN_ALPHA = 0.17f;

  /** Heat map palette, low to high (ColorBrewer YlGnBu, 5 classes). */
  static final Color[] PALETTE = {
    new Color(0xFF, 0xFF, 0xCC),
    new Color(0xA1, 0xDA, 0xB4),
    new Color(0x41, 0xB6, 0xC4),
    new Color(0x2C, 0x7F, 0xB8),
    new Color(0x25, 0x34, 0x94)
  };

  private final Lang lang;
  private final int dpi;
  private final FontChoice font;
  private final AnalysisTexts tx;

  /** As {@link ChartWriter#ChartWriter(Lang, int, FontChoice)}. */
  public AnalysisChartWriter(Lang wanted, int dpi, FontChoice font) {
    if (dpi < ChartWriter.MIN_DPI || dpi > ChartWriter.MAX_DPI) {
      throw new IllegalArgumentException(
          "dpi must be in [" + ChartWriter.MIN_DPI + ", " + ChartWriter.MAX_DPI + "], was " + dpi);
    }
    this.font = font;
    this.lang = font.effective(wanted);
    this.dpi = dpi;
    this.tx = new AnalysisTexts(lang);
  }

  public Lang lang() {
    return lang;
  }

  public int dpi() {
    return dpi;
  }

  /** The scenario line, as {@link ChartWriter} writes it. */
  String subtitle(String name, String title) {
    String t = title == null || title.isBlank() ? name : title;
    return (lang == Lang.JA ? "シナリオ: " : "Scenario: ") + (font.canDisplay(t) ? t : name);
  }

  /** Tornado and heat map charts, file name → PNG, drawn concurrently. */
  public Map<String, byte[]> renderSensitivity(
      String name, String title, List<TornadoData> tornados, List<HeatMapData> maps) {
    String sub = subtitle(name, title);
    Map<String, Callable<byte[]>> jobs = new LinkedHashMap<>();
    for (TornadoData t : tornados) {
      jobs.put(t.fileName(), () -> tornado(t, sub));
    }
    for (HeatMapData h : maps) {
      jobs.put(h.fileName(), () -> heatMap(h, sub));
    }
    return run(jobs);
  }

  /** The fan chart, file name → PNG. */
  public Map<String, byte[]> renderUncertainty(String name, String title, FanChartData fan) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    out.put(FAN_CHART, fan(fan, subtitle(name, title)));
    return out;
  }

  private static Map<String, byte[]> run(Map<String, Callable<byte[]>> jobs) {
    return ChartWriter.runJobs(jobs);
  }

  // ---- tornado_<year>.png

  byte[] tornado(TornadoData d, String subtitle) {
    Canvas c = new Canvas(dpi, font.family());
    Graphics2D g = c.g;
    int y = c.header(tx.tornadoTitle(d.year(), d.indicator()), subtitle);
    int legendBottom =
        c.legendRow(
            List.of(
                new Canvas.LegendEntry(tx.lowered(), Canvas.KeyKind.BOX, LOWERED, 0),
                new Canvas.LegendEntry(tx.raised(), Canvas.KeyKind.BOX, RAISED, 0)),
            Canvas.MARGIN,
            y,
            ChartWriter.WIDTH - 2 * Canvas.MARGIN);
    int bottom = c.footer(tx.source());

    // the lever column: as wide as its longest label
    Font leverFont = c.font(Font.BOLD, Canvas.LEGEND);
    Font rangeFont = c.font(Font.PLAIN, Canvas.SOURCE);
    int labelW = 0;
    for (TornadoBar b : d.bars()) {
      g.setFont(leverFont);
      labelW =
          Math.max(
              labelW,
              g.getFontMetrics()
                  .stringWidth(tx.lever(b.lever(), b.change(), b.lowValue(), b.highValue())));
      g.setFont(rangeFont);
      labelW =
          Math.max(
              labelW,
              g.getFontMetrics()
                  .stringWidth(tx.leverRange(b.lever(), b.lowValue(), b.highValue())));
    }
    double x0 = Canvas.MARGIN + labelW + 24;
    double x1 = ChartWriter.WIDTH - Canvas.MARGIN - 10;
    double top = legendBottom + 56;
    double plotBottom = bottom - 84;
    double span = Math.max(d.max() - d.min(), 1e-9 + Math.abs(d.base()) * 0.002);
    double lo = d.min() - 0.14 * span;
    double hi = d.max() + 0.14 * span;
    double step = Ticks.step(hi - lo, 7);
    lo = Math.floor(lo / step) * step;
    hi = Math.ceil(hi / step) * step;
    final double flo = lo;
    final double fhi = hi;
    java.util.function.DoubleUnaryOperator sx = v -> x0 + (v - flo) / (fhi - flo) * (x1 - x0);

    // grid, ticks, axis title
    g.setFont(c.font(Font.PLAIN, Canvas.TICK));
    FontMetrics fm = g.getFontMetrics();
    for (double v = lo; v <= hi + step / 2; v += step) {
      double gx = sx.applyAsDouble(v);
      g.setColor(Canvas.GRID);
      g.setStroke(new BasicStroke(1));
      g.draw(new Line2D.Double(gx, top, gx, plotBottom));
      g.setColor(Canvas.INK);
      g.draw(new Line2D.Double(gx, plotBottom, gx, plotBottom + 6));
      String label = AnalysisTexts.n(v);
      g.drawString(
          label,
          (float) (gx - fm.stringWidth(label) / 2.0),
          (float) (plotBottom + 10 + fm.getAscent()));
    }
    g.setColor(new Color(0xBB, 0xBB, 0xBB));
    g.draw(new Rectangle2D.Double(x0, top, x1 - x0, plotBottom - top));
    g.setFont(c.font(Font.PLAIN, Canvas.AXIS_TITLE));
    g.setColor(Canvas.INK);
    String axis = tx.indicator(d.indicator()) + (lang == Lang.JA ? "(人)" : " (persons)");
    g.drawString(
        axis,
        (float) ((x0 + x1) / 2 - g.getFontMetrics().stringWidth(axis) / 2.0),
        (float) (plotBottom + 10 + fm.getHeight() + g.getFontMetrics().getAscent() + 4));

    // bars
    int n = d.bars().size();
    double rowH = (plotBottom - top) / n;
    double barH = Math.min(56, rowH * 0.62);
    double baseX = sx.applyAsDouble(d.base());
    Font valueFont = c.font(Font.PLAIN, Canvas.LABEL);
    for (int k = 0; k < n; k++) {
      TornadoBar b = d.bars().get(k);
      double cy = top + (k + 0.5) * rowH;
      double lx = sx.applyAsDouble(b.populationLow());
      double hx = sx.applyAsDouble(b.populationHigh());
      g.setColor(LOWERED);
      g.fill(
          new Rectangle2D.Double(Math.min(baseX, lx), cy - barH / 2, Math.abs(lx - baseX), barH));
      g.setColor(RAISED);
      g.fill(
          new Rectangle2D.Double(Math.min(baseX, hx), cy - barH / 2, Math.abs(hx - baseX), barH));
      // lever name and its values, right-aligned in the lever column
      g.setColor(Canvas.INK);
      g.setFont(leverFont);
      String name = tx.lever(b.lever(), b.change(), b.lowValue(), b.highValue());
      String range = tx.leverRange(b.lever(), b.lowValue(), b.highValue());
      FontMetrics lf = g.getFontMetrics();
      float nameY = (float) (range.isEmpty() ? cy + lf.getAscent() / 2.0 - 3 : cy - 4);
      g.drawString(name, (float) (x0 - 16 - lf.stringWidth(name)), nameY);
      if (!range.isEmpty()) {
        g.setFont(rangeFont);
        g.setColor(Canvas.MUTED);
        FontMetrics rf = g.getFontMetrics();
        g.drawString(
            range, (float) (x0 - 16 - rf.stringWidth(range)), (float) (cy + 4 + rf.getAscent()));
      }
      // values at the ends: outside the bar, on the side away from the base
      g.setFont(valueFont);
      FontMetrics vf = g.getFontMetrics();
      float vy = (float) (cy + vf.getAscent() / 2.0 - 3);
      boolean apart = Math.abs(hx - lx) >= 2 && (lx - baseX) * (hx - baseX) < 0;
      if (apart) {
        for (double[] e : new double[][] {{lx, b.populationLow()}, {hx, b.populationHigh()}}) {
          String s = AnalysisTexts.n(e[1]);
          boolean left = e[0] < baseX;
          g.setColor(e[1] == b.populationLow() ? LOWERED.darker() : RAISED.darker());
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
    // the scenario's own value
    g.setColor(Canvas.INK);
    g.setStroke(Canvas.dashed(2f));
    g.draw(new Line2D.Double(baseX, top - 14, baseX, plotBottom));
    g.setFont(c.font(Font.BOLD, Canvas.LABEL));
    String baseLabel = tx.scenarioValue(d.base());
    FontMetrics bf = g.getFontMetrics();
    double bx =
        Math.max(
            x0, Math.min(baseX - bf.stringWidth(baseLabel) / 2.0, x1 - bf.stringWidth(baseLabel)));
    g.drawString(baseLabel, (float) bx, (float) (top - 22));
    return c.png(dpi);
  }

  // ---- heatmap_<year>.png

  byte[] heatMap(HeatMapData d, String subtitle) {
    Canvas c = new Canvas(dpi, font.family());
    Graphics2D g = c.g;
    int y = c.header(tx.heatMapTitle(d.year()), subtitle);
    List<Canvas.LegendEntry> legend = new ArrayList<>();
    if (!d.contours().isEmpty()) {
      legend.add(new Canvas.LegendEntry(tx.contour(), Canvas.KeyKind.LINE, Canvas.INK, 3f));
    }
    legend.add(
        new Canvas.LegendEntry(
            tx.scenarioPointLabel(d.grid().ownTfr(), d.grid().ownMigration(), d.ownValue()),
            Canvas.KeyKind.MARKER,
            Canvas.INK,
            0));
    int legendBottom = c.legendRow(legend, Canvas.MARGIN, y, ChartWriter.WIDTH - 2 * Canvas.MARGIN);
    int bottom = c.footer(tx.source());
    var grid = d.grid();
    if (d.limitedCells() > 0) {
      bottom = c.note(tx.limitedCells(), bottom);
    }

    int nt = grid.tfrCount();
    int nm = grid.migrationCount();
    double dt = (grid.tfr(nt - 1) - grid.tfr(0)) / (nt - 1);
    double dm = (grid.migration(nm - 1) - grid.migration(0)) / (nm - 1);
    double xLo = grid.migration(0) - dm / 2;
    double xHi = grid.migration(nm - 1) + dm / 2;
    double yLo = grid.tfr(0) - dt / 2;
    double yHi = grid.tfr(nt - 1) + dt / 2;
    double px0 = Canvas.MARGIN + 120;
    double px1 = ChartWriter.WIDTH - Canvas.MARGIN - 200;
    double py0 = legendBottom + 14;
    double py1 = bottom - 90;
    java.util.function.DoubleUnaryOperator sx = v -> px0 + (v - xLo) / (xHi - xLo) * (px1 - px0);
    java.util.function.DoubleUnaryOperator sy = v -> py1 - (v - yLo) / (yHi - yLo) * (py1 - py0);
    double vMin = d.min();
    double vMax = d.max();

    // cells (drawn slightly oversized so that no hairline gaps show between them)
    for (int i = 0; i < nt; i++) {
      for (int j = 0; j < nm; j++) {
        double cx0 = sx.applyAsDouble(grid.migration(j) - dm / 2);
        double cx1 = sx.applyAsDouble(grid.migration(j) + dm / 2);
        double cy0 = sy.applyAsDouble(grid.tfr(i) + dt / 2);
        double cy1 = sy.applyAsDouble(grid.tfr(i) - dt / 2);
        g.setColor(color(d.value(i, j), vMin, vMax));
        g.fill(new Rectangle2D.Double(cx0, cy0, cx1 - cx0 + 0.6, cy1 - cy0 + 0.6));
      }
    }
    // cells whose projection had out-migration limited at zero: hatched
    java.awt.Shape clip = g.getClip();
    g.setStroke(new BasicStroke(1.6f));
    g.setColor(new Color(0x55, 0x55, 0x55, 150));
    for (int i = 0; i < nt; i++) {
      for (int j = 0; j < nm; j++) {
        if (d.limited(i, j) == 0) {
          continue;
        }
        double cx0 = sx.applyAsDouble(grid.migration(j) - dm / 2);
        double cx1 = sx.applyAsDouble(grid.migration(j) + dm / 2);
        double cy0 = sy.applyAsDouble(grid.tfr(i) + dt / 2);
        double cy1 = sy.applyAsDouble(grid.tfr(i) - dt / 2);
        g.clip(new Rectangle2D.Double(cx0, cy0, cx1 - cx0, cy1 - cy0));
        for (double hx = cx0 - (cy1 - cy0); hx < cx1; hx += 9) {
          g.draw(new Line2D.Double(hx, cy1, hx + (cy1 - cy0), cy0));
        }
        g.setClip(clip);
      }
    }
    Rectangle2D plot = new Rectangle2D.Double(px0, py0, px1 - px0, py1 - py0);
    g.setColor(new Color(0x88, 0x88, 0x88));
    g.setStroke(new BasicStroke(1.5f));
    g.draw(plot);

    // axes: ticks at nice values inside the range
    g.setFont(c.font(Font.PLAIN, Canvas.TICK));
    FontMetrics fm = g.getFontMetrics();
    g.setColor(Canvas.INK);
    double xs = Ticks.step(xHi - xLo, 8);
    for (double v = Math.ceil(xLo / xs - 1e-9) * xs; v <= xHi + 1e-9; v += xs) {
      double gx = sx.applyAsDouble(v);
      g.setStroke(new BasicStroke(1.5f));
      g.draw(new Line2D.Double(gx, py1, gx, py1 + 7));
      String s = tx.signed(v);
      g.drawString(s, (float) (gx - fm.stringWidth(s) / 2.0), (float) (py1 + 12 + fm.getAscent()));
    }
    double ys = Ticks.step(yHi - yLo, 8);
    for (double v = Math.ceil(yLo / ys - 1e-9) * ys; v <= yHi + 1e-9; v += ys) {
      double gy = sy.applyAsDouble(v);
      g.draw(new Line2D.Double(px0 - 7, gy, px0, gy));
      String s = String.format(java.util.Locale.ROOT, "%.2f", v);
      g.drawString(
          s, (float) (px0 - 12 - fm.stringWidth(s)), (float) (gy + fm.getAscent() / 2.0 - 3));
    }
    g.setFont(c.font(Font.PLAIN, Canvas.AXIS_TITLE));
    FontMetrics af = g.getFontMetrics();
    String xt = tx.migrationAxis(d.migrationFromYear());
    g.drawString(
        xt,
        (float) ((px0 + px1) / 2 - af.stringWidth(xt) / 2.0),
        (float) (py1 + 14 + fm.getHeight() + af.getAscent() + 6));
    AffineTransform saved = g.getTransform();
    String yt = tx.tfrAxis(d.tfrFromYear());
    g.translate(Canvas.MARGIN + af.getAscent(), (py0 + py1) / 2 + af.stringWidth(yt) / 2.0);
    g.rotate(-Math.PI / 2);
    g.drawString(yt, 0, 0);
    g.setTransform(saved);

    // colour bar
    double bx0 = px1 + 40;
    double bw = 34;
    int stops = PALETTE.length;
    for (int k = 0; k + 1 < stops; k++) {
      double ya = py1 - (py1 - py0) * k / (stops - 1);
      double yb = py1 - (py1 - py0) * (k + 1) / (stops - 1);
      g.setPaint(
          new GradientPaint(
              (float) bx0, (float) ya, PALETTE[k], (float) bx0, (float) yb, PALETTE[k + 1]));
      g.fill(new Rectangle2D.Double(bx0, yb, bw, ya - yb + 0.6));
    }
    g.setColor(new Color(0x88, 0x88, 0x88));
    g.setStroke(new BasicStroke(1f));
    g.draw(new Rectangle2D.Double(bx0, py0, bw, py1 - py0));
    g.setFont(c.font(Font.PLAIN, Canvas.TICK));
    g.setColor(Canvas.INK);
    double cs = Ticks.step(vMax - vMin, 6);
    for (double v = Math.ceil(vMin / cs - 1e-9) * cs; v <= vMax + 1e-9; v += cs) {
      double gy = py1 - (v - vMin) / (vMax - vMin) * (py1 - py0);
      g.draw(new Line2D.Double(bx0 + bw, gy, bx0 + bw + 6, gy));
      g.drawString(
          AnalysisTexts.n(v), (float) (bx0 + bw + 10), (float) (gy + fm.getAscent() / 2.0 - 3));
    }
    g.setFont(c.font(Font.PLAIN, Canvas.SOURCE));
    String ct = tx.colorBar();
    g.drawString(
        ct,
        (float)
            Math.min(bx0, ChartWriter.WIDTH - Canvas.MARGIN - g.getFontMetrics().stringWidth(ct)),
        (float) (py0 - 10));

    // contours: a dark line with a light core, readable on light and dark cells
    Map<Double, List<HeatMapData.Segment>> byLevel = new LinkedHashMap<>();
    for (HeatMapData.Segment s : d.segments()) {
      byLevel.computeIfAbsent(s.level(), k -> new ArrayList<>()).add(s);
    }
    for (float[] pass : new float[][] {{5f, 0}, {2.2f, 1}}) {
      g.setStroke(new BasicStroke(pass[0], BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.setColor(pass[1] == 0 ? new Color(255, 255, 255, 200) : Canvas.INK);
      for (HeatMapData.Segment s : d.segments()) {
        g.draw(
            new Line2D.Double(
                sx.applyAsDouble(s.migration1()),
                sy.applyAsDouble(s.tfr1()),
                sx.applyAsDouble(s.migration2()),
                sy.applyAsDouble(s.tfr2())));
      }
    }
    for (HeatMapData.Segment s : d.segments()) {
      c.occupyPolyline(
          new double[] {sx.applyAsDouble(s.migration1()), sx.applyAsDouble(s.migration2())},
          new double[] {sy.applyAsDouble(s.tfr1()), sy.applyAsDouble(s.tfr2())});
    }
    // the scenario's point
    double ox = sx.applyAsDouble(grid.ownMigration());
    double oy = sy.applyAsDouble(grid.ownTfr());
    boolean inside = plot.contains(ox, oy);
    if (inside) {
      g.setColor(Color.WHITE);
      g.fill(Canvas.circle(ox, oy, 12));
      g.setColor(Canvas.INK);
      g.fill(Canvas.circle(ox, oy, 8));
      c.occupy(Canvas.circle(ox, oy, 13).getBounds2D());
    }
    // contour labels: a white box centred on the line (it breaks the line there), at heights
    // alternating between the lower and upper part of the plot, moved when it would hit another
    g.setFont(c.font(Font.BOLD, Canvas.LABEL));
    FontMetrics lf = g.getFontMetrics();
    List<Rectangle2D> placed = new ArrayList<>();
    if (inside) {
      placed.add(Canvas.circle(ox, oy, 16).getBounds2D());
    }
    double[] heights = {0.82, 0.18, 0.66, 0.34, 0.5, 0.92, 0.08};
    int k = 0;
    for (var e : byLevel.entrySet()) {
      String text = tx.personsValue(e.getKey());
      double w = lf.stringWidth(text) + 14;
      double h = lf.getAscent() + lf.getDescent() + 6;
      Rectangle2D box = null;
      for (int attempt = 0; attempt < heights.length && box == null; attempt++) {
        double f = heights[(k + attempt) % heights.length];
        double ty = py0 + f * (py1 - py0);
        double[] at = crossing(e.getValue(), ty, sx, sy);
        if (at == null) {
          continue;
        }
        Rectangle2D r = new Rectangle2D.Double(at[0] - w / 2, at[1] - h / 2, w, h);
        boolean free = plot.contains(r) && placed.stream().noneMatch(r::intersects);
        if (free) {
          box = r;
        }
      }
      k++;
      if (box == null) {
        continue;
      }
      placed.add(box);
      c.occupy(box);
      g.setColor(new Color(255, 255, 255, 235));
      g.fill(new java.awt.geom.RoundRectangle2D.Double(box.getX(), box.getY(), w, h, 8, 8));
      g.setColor(Canvas.INK);
      g.drawString(text, (float) (box.getX() + 7), (float) (box.getY() + 3 + lf.getAscent()));
    }
    return c.png(dpi);
  }

  /**
   * The screen point where a contour (its segments) crosses the horizontal line at screen height
   * {@code ty}, the one nearest the plot's middle if several; null if it does not cross it.
   */
  private static double[] crossing(
      List<HeatMapData.Segment> segs,
      double ty,
      java.util.function.DoubleUnaryOperator sx,
      java.util.function.DoubleUnaryOperator sy) {
    double[] best = null;
    for (HeatMapData.Segment s : segs) {
      double x1 = sx.applyAsDouble(s.migration1());
      double y1 = sy.applyAsDouble(s.tfr1());
      double x2 = sx.applyAsDouble(s.migration2());
      double y2 = sy.applyAsDouble(s.tfr2());
      if ((y1 - ty) * (y2 - ty) > 0 || y1 == y2) {
        continue;
      }
      double f = (ty - y1) / (y2 - y1);
      double[] p = {x1 + f * (x2 - x1), ty};
      if (best == null) {
        best = p;
      }
    }
    return best;
  }

  /** The palette colour of {@code v} in [min, max], linear between the stops. */
  static Color color(double v, double min, double max) {
    double f = max > min ? (v - min) / (max - min) : 0.5;
    f = Math.max(0, Math.min(1, f)) * (PALETTE.length - 1);
    int k = Math.min((int) f, PALETTE.length - 2);
    double w = f - k;
    Color a = PALETTE[k];
    Color b = PALETTE[k + 1];
    return new Color(
        (int) Math.round(a.getRed() + w * (b.getRed() - a.getRed())),
        (int) Math.round(a.getGreen() + w * (b.getGreen() - a.getGreen())),
        (int) Math.round(a.getBlue() + w * (b.getBlue() - a.getBlue())));
  }

  // ---- fan_chart.png

  /** The colour of a region covered by {@code layers} band layers (as drawn over white). */
  static Color bandColor(int layers) {
    double keep = Math.pow(1 - FAN_ALPHA, layers);
    return new Color(
        (int) Math.round(255 * keep + FAN.getRed() * (1 - keep)),
        (int) Math.round(255 * keep + FAN.getGreen() * (1 - keep)),
        (int) Math.round(255 * keep + FAN.getBlue() * (1 - keep)));
  }

  byte[] fan(FanChartData d, String subtitle) {
    Canvas c = new Canvas(dpi, font.family());
    Graphics2D g = c.g;
    int y = c.header(tx.fanTitle(), subtitle);
    List<Canvas.LegendEntry> legend = new ArrayList<>();
    legend.add(new Canvas.LegendEntry(tx.band(95), Canvas.KeyKind.BOX, bandColor(1), 0));
    legend.add(new Canvas.LegendEntry(tx.band(80), Canvas.KeyKind.BOX, bandColor(2), 0));
    legend.add(new Canvas.LegendEntry(tx.band(50), Canvas.KeyKind.BOX, bandColor(3), 0));
    legend.add(new Canvas.LegendEntry(tx.median(), Canvas.KeyKind.LINE, FAN.darker(), 4f));
    legend.add(
        new Canvas.LegendEntry(tx.deterministic(), Canvas.KeyKind.DASHED_LINE, Canvas.INK, 2.5f));
    if (!d.census().isEmpty()) {
      legend.add(new Canvas.LegendEntry(tx.census(), Canvas.KeyKind.MARKER, ChartWriter.CENSUS, 0));
    }
    int legendBottom = c.legendRow(legend, Canvas.MARGIN, y, ChartWriter.WIDTH - 2 * Canvas.MARGIN);
    int bottom = c.footer(tx.source());
    bottom = c.note(tx.fanNote(d.trajectories(), d.seed(), d.noise()), bottom);

    List<FanChartData.Row> rows = d.rows();
    int n = rows.size();
    double[] years = new double[n];
    double[] median = new double[n];
    for (int i = 0; i < n; i++) {
      years[i] = rows.get(i).year();
      median[i] = rows.get(i).p50();
    }
    int cx = Canvas.MARGIN - 10;
    int cy = legendBottom + 4;
    int cw = ChartWriter.WIDTH - 2 * Canvas.MARGIN + 10;
    int ch = bottom - 8 - cy;
    XYChart chart = new XYChart(cw, ch);
    ChartWriter.style(chart.getStyler(), c);
    chart.setXAxisTitle(tx.year());
    chart.setYAxisTitle(tx.persons());
    chart.getStyler().setXAxisMin((double) d.firstYear()).setXAxisMax((double) d.lastYear());
    chart.getStyler().setYAxisMin(0.0).setYAxisMax(Ticks.niceCeiling(d.max() * 1.04, 10));
    chart.setCustomXAxisTickLabelsFormatter(ChartWriter::yearLabel);
    chart.setCustomYAxisTickLabelsFormatter(ChartWriter::thousands);
    // XChart draws the axes and grid; the data are drawn over them below (the series only sets
    // the axes and is invisible)
    XYSeries axes = chart.addSeries("axes", years, median);
    axes.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
    axes.setMarker(SeriesMarkers.NONE);
    axes.setLineColor(new Color(0, 0, 0, 0));
    g.translate(cx, cy);
    chart.paint(g, cw, ch);
    double[] sxs = new double[n];
    for (int i = 0; i < n; i++) {
      sxs[i] = chart.getScreenXFromChart(years[i]);
    }
    java.util.function.ToDoubleFunction<Double> syf = v -> chart.getScreenYFromChart(v);
    // bands: 95 %, 80 %, 50 %, each a translucent layer over the wider ones
    Color layer =
        new Color(FAN.getRed(), FAN.getGreen(), FAN.getBlue(), Math.round(255 * FAN_ALPHA));
    for (int band = 0; band < 3; band++) {
      Path2D.Double p = new Path2D.Double();
      for (int i = 0; i < n; i++) {
        FanChartData.Row r = rows.get(i);
        double hiV = band == 0 ? r.p97_5() : band == 1 ? r.p90() : r.p75();
        if (i == 0) {
          p.moveTo(sxs[i], syf.applyAsDouble(hiV));
        } else {
          p.lineTo(sxs[i], syf.applyAsDouble(hiV));
        }
      }
      for (int i = n - 1; i >= 0; i--) {
        FanChartData.Row r = rows.get(i);
        double loV = band == 0 ? r.p2_5() : band == 1 ? r.p10() : r.p25();
        p.lineTo(sxs[i], syf.applyAsDouble(loV));
      }
      p.closePath();
      g.setColor(layer);
      g.fill(p);
    }
    // deterministic run (dashed), median (solid), census points
    double[] det = new double[n];
    double[] med = new double[n];
    for (int i = 0; i < n; i++) {
      det[i] = syf.applyAsDouble(rows.get(i).deterministic());
      med[i] = syf.applyAsDouble(rows.get(i).p50());
    }
    g.setColor(FAN.darker());
    g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    for (int i = 1; i < n; i++) {
      g.draw(new Line2D.Double(sxs[i - 1], med[i - 1], sxs[i], med[i]));
    }
    g.setColor(Canvas.INK);
    g.setStroke(Canvas.dashed(2.5f));
    for (int i = 1; i < n; i++) {
      g.draw(new Line2D.Double(sxs[i - 1], det[i - 1], sxs[i], det[i]));
    }
    c.occupyPolyline(sxs, med);
    c.occupyPolyline(sxs, det);
    for (YearValue p : d.census()) {
      double px = chart.getScreenXFromChart(p.year());
      double py = syf.applyAsDouble(p.value());
      g.setColor(Color.WHITE);
      g.fill(Canvas.circle(px, py, 9));
      g.setColor(ChartWriter.CENSUS);
      g.fill(Canvas.circle(px, py, 6.5));
      c.occupy(Canvas.circle(px, py, 10).getBounds2D());
    }
    // labels: the median at the key years and the horizon, the 95 % interval at the horizon
    Rectangle2D bounds =
        new Rectangle2D.Double(
            chart.getScreenXFromChart(d.firstYear()),
            syf.applyAsDouble(chart.getStyler().getYAxisMax()),
            chart.getScreenXFromChart(d.lastYear()) - chart.getScreenXFromChart(d.firstYear()),
            syf.applyAsDouble(0.0) - syf.applyAsDouble(chart.getStyler().getYAxisMax()));
    List<Integer> labelYears = new ArrayList<>(FanChartData.LABEL_YEARS);
    if (!labelYears.contains(d.lastYear())) {
      labelYears.add(d.lastYear());
    }
    for (int year : labelYears) {
      FanChartData.Row r = d.at(year);
      if (r == null || year == rows.get(0).year()) {
        continue;
      }
      double px = chart.getScreenXFromChart(year);
      double py = syf.applyAsDouble(r.p50());
      g.setColor(Color.WHITE);
      g.fill(Canvas.circle(px, py, 9));
      g.setColor(FAN.darker());
      g.fill(Canvas.circle(px, py, 6.5));
      c.occupy(Canvas.circle(px, py, 10).getBounds2D());
      c.label(
          tx.medianLabel(year, r.p50()),
          px,
          py,
          bounds,
          FAN.darker().darker(),
          Font.BOLD,
          Canvas.Prefer.ABOVE_RIGHT);
    }
    FanChartData.Row last = rows.get(n - 1);
    double lx = chart.getScreenXFromChart(last.year());
    c.label(
        tx.intervalLabel(last.p2_5(), last.p97_5()),
        lx,
        syf.applyAsDouble(last.p2_5()),
        bounds,
        FAN.darker(),
        Font.PLAIN,
        Canvas.Prefer.BELOW);
    g.translate(-cx, -cy);
    return c.png(dpi);
  }
}
