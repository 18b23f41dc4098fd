package jp.popvision.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.popvision.results.SensitivityGrid;

/**
 * {@code heatmap_<year>.png}: the total population over the TFR × migration grid as coloured cells
 * with a colour bar, hatched where out-migration was limited, contour lines ({@link
 * HeatMapContours}) and the scenario's own point. Java2D: XChart's heat map has no contours,
 * hatching or continuous colour bar.
 */
final class HeatMapChart {
  final Canvas c;
  final Graphics2D g;
  final HeatMapData d;
  final SensitivityGrid grid;
  final double dt;
  final double dm;
  final double px0;
  final double px1;
  final double py0;
  final double py1;
  private final double xLo;
  private final double xHi;
  private final double yLo;
  private final double yHi;

  private HeatMapChart(Canvas c, HeatMapData d, int legendBottom, int bottom) {
    this.c = c;
    this.g = c.g;
    this.d = d;
    this.grid = d.grid();
    int nt = grid.tfrCount();
    int nm = grid.migrationCount();
    dt = (grid.tfr(nt - 1) - grid.tfr(0)) / (nt - 1);
    dm = (grid.migration(nm - 1) - grid.migration(0)) / (nm - 1);
    xLo = grid.migration(0) - dm / 2;
    xHi = grid.migration(nm - 1) + dm / 2;
    yLo = grid.tfr(0) - dt / 2;
    yHi = grid.tfr(nt - 1) + dt / 2;
    px0 = Canvas.MARGIN + 120;
    px1 = ChartWriter.WIDTH - Canvas.MARGIN - 200;
    py0 = legendBottom + 14;
    py1 = bottom - 90;
  }

  /** Screen x of a net migration value. */
  double sx(double v) {
    return px0 + (v - xLo) / (xHi - xLo) * (px1 - px0);
  }

  /** Screen y of a TFR value. */
  double sy(double v) {
    return py1 - (v - yLo) / (yHi - yLo) * (py1 - py0);
  }

  Rectangle2D plot() {
    return new Rectangle2D.Double(px0, py0, px1 - px0, py1 - py0);
  }

  static byte[] render(HeatMapData d, String subtitle, AnalysisTexts tx, PageSetup page) {
    Canvas c = Canvas.of(page);
    int y = c.header(tx.heatMapTitle(d.year()), subtitle);
    List<Legend.Entry> legend = new ArrayList<>();
    if (!d.contours().isEmpty()) {
      legend.add(new Legend.Entry(tx.contour(), Legend.KeyKind.LINE, Canvas.INK, 3f));
    }
    legend.add(
        new Legend.Entry(
            tx.scenarioPointLabel(d.grid().ownTfr(), d.grid().ownMigration(), d.ownValue()),
            Legend.KeyKind.MARKER,
            Canvas.INK,
            0));
    int legendBottom = Legend.row(c, legend, y);
    int bottom = c.footer(tx.source());
    if (d.limitedCells() > 0) {
      bottom = c.note(tx.limitedCells(), bottom);
    }
    HeatMapChart h = new HeatMapChart(c, d, legendBottom, bottom);
    h.cells();
    h.hatching();
    h.g.setColor(new Color(0x88, 0x88, 0x88));
    h.g.setStroke(new BasicStroke(1.5f));
    h.g.draw(h.plot());
    h.axes(tx);
    new ColorBar(h).paint(tx);
    new HeatMapContours(h).paint(tx);
    return c.png();
  }

  /** The cells, drawn slightly oversized so that no hairline gaps show between them. */
  private void cells() {
    for (int i = 0; i < grid.tfrCount(); i++) {
      for (int j = 0; j < grid.migrationCount(); j++) {
        Rectangle2D r = cell(i, j);
        g.setColor(Palette.heat(d.value(i, j), d.min(), d.max()));
        g.fill(new Rectangle2D.Double(r.getX(), r.getY(), r.getWidth() + 0.6, r.getHeight() + 0.6));
      }
    }
  }

  private Rectangle2D cell(int i, int j) {
    double cx0 = sx(grid.migration(j) - dm / 2);
    double cx1 = sx(grid.migration(j) + dm / 2);
    double cy0 = sy(grid.tfr(i) + dt / 2);
    double cy1 = sy(grid.tfr(i) - dt / 2);
    return new Rectangle2D.Double(cx0, cy0, cx1 - cx0, cy1 - cy0);
  }

  /** Cells whose projection had out-migration limited at zero: hatched. */
  private void hatching() {
    Shape clip = g.getClip();
    g.setStroke(new BasicStroke(1.6f));
    g.setColor(new Color(0x55, 0x55, 0x55, 150));
    for (int i = 0; i < grid.tfrCount(); i++) {
      for (int j = 0; j < grid.migrationCount(); j++) {
        if (d.limited(i, j) == 0) {
          continue;
        }
        Rectangle2D r = cell(i, j);
        double cx0 = r.getX();
        double cy0 = r.getY();
        double cy1 = sy(grid.tfr(i) - dt / 2);
        double cx1 = sx(grid.migration(j) + dm / 2);
        g.clip(r);
        for (double hx = cx0 - (cy1 - cy0); hx < cx1; hx += 9) {
          g.draw(new Line2D.Double(hx, cy1, hx + (cy1 - cy0), cy0));
        }
        g.setClip(clip);
      }
    }
  }

  /** Ticks at nice values inside the range, and the axis titles. */
  private void axes(AnalysisTexts tx) {
    g.setFont(c.font(java.awt.Font.PLAIN, Canvas.TICK));
    FontMetrics fm = g.getFontMetrics();
    g.setColor(Canvas.INK);
    double xs = Ticks.step(xHi - xLo, 8);
    for (double v = Math.ceil(xLo / xs - 1e-9) * xs; v <= xHi + 1e-9; v += xs) {
      double gx = sx(v);
      g.setStroke(new BasicStroke(1.5f));
      g.draw(new Line2D.Double(gx, py1, gx, py1 + 7));
      PlainAxis.centred(g, tx.signed(v), gx, py1 + 12 + fm.getAscent());
    }
    double ys = Ticks.step(yHi - yLo, 8);
    for (double v = Math.ceil(yLo / ys - 1e-9) * ys; v <= yHi + 1e-9; v += ys) {
      double gy = sy(v);
      g.draw(new Line2D.Double(px0 - 7, gy, px0, gy));
      String s = String.format(Locale.ROOT, "%.2f", v);
      g.drawString(
          s, (float) (px0 - 12 - fm.stringWidth(s)), (float) (gy + fm.getAscent() / 2.0 - 3));
    }
    g.setFont(c.font(java.awt.Font.PLAIN, Canvas.AXIS_TITLE));
    FontMetrics af = g.getFontMetrics();
    PlainAxis.centred(
        g,
        tx.migrationAxis(d.migrationFromYear()),
        (px0 + px1) / 2,
        py1 + 14 + fm.getHeight() + af.getAscent() + 6);
    AffineTransform saved = g.getTransform();
    String yt = tx.tfrAxis(d.tfrFromYear());
    g.translate(Canvas.MARGIN + af.getAscent(), (py0 + py1) / 2 + af.stringWidth(yt) / 2.0);
    g.rotate(-Math.PI / 2);
    g.drawString(yt, 0, 0);
    g.setTransform(saved);
  }

  /** The colour scale right of the plot, with its ticks and title. */
  private record ColorBar(HeatMapChart h) {
    void paint(AnalysisTexts tx) {
      Graphics2D g = h.g;
      double bx0 = h.px1 + 40;
      double bw = 34;
      double py0 = h.py0;
      double py1 = h.py1;
      int stops = Palette.HEAT.length;
      for (int k = 0; k + 1 < stops; k++) {
        double ya = py1 - (py1 - py0) * k / (stops - 1);
        double yb = py1 - (py1 - py0) * (k + 1) / (stops - 1);
        g.setPaint(
            new GradientPaint(
                (float) bx0,
                (float) ya,
                Palette.HEAT[k],
                (float) bx0,
                (float) yb,
                Palette.HEAT[k + 1]));
        g.fill(new Rectangle2D.Double(bx0, yb, bw, ya - yb + 0.6));
      }
      g.setColor(new Color(0x88, 0x88, 0x88));
      g.setStroke(new BasicStroke(1f));
      g.draw(new Rectangle2D.Double(bx0, py0, bw, py1 - py0));
      g.setFont(h.c.font(java.awt.Font.PLAIN, Canvas.TICK));
      FontMetrics fm = g.getFontMetrics();
      g.setColor(Canvas.INK);
      double vMin = h.d.min();
      double vMax = h.d.max();
      double cs = Ticks.step(vMax - vMin, 6);
      for (double v = Math.ceil(vMin / cs - 1e-9) * cs; v <= vMax + 1e-9; v += cs) {
        double gy = py1 - (v - vMin) / (vMax - vMin) * (py1 - py0);
        g.draw(new Line2D.Double(bx0 + bw, gy, bx0 + bw + 6, gy));
        g.drawString(
            AnalysisTexts.n(v), (float) (bx0 + bw + 10), (float) (gy + fm.getAscent() / 2.0 - 3));
      }
      g.setFont(h.c.font(java.awt.Font.PLAIN, Canvas.SOURCE));
      String ct = tx.colorBar();
      float tx0 =
          (float)
              Math.min(bx0, ChartWriter.WIDTH - Canvas.MARGIN - g.getFontMetrics().stringWidth(ct));
      g.drawString(ct, tx0, (float) (py0 - 10));
    }
  }
}
