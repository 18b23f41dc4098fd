package jp.popvision.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contour lines of a heat map (a dark line with a light core, readable on light and dark
 * cells), the scenario's own point, and a label on each contour.
 */
final class HeatMapContours {
  /** Heights (share of the plot, from the top) where contour labels are tried, in turn. */
  private static final double[] HEIGHTS = {0.82, 0.18, 0.66, 0.34, 0.5, 0.92, 0.08};

  private final HeatMapChart h;
  private final Graphics2D g;

  HeatMapContours(HeatMapChart h) {
    this.h = h;
    this.g = h.g;
  }

  void paint(AnalysisTexts tx) {
    List<HeatMapData.Segment> segments = h.d.segments();
    for (float[] pass : new float[][] {{5f, 0}, {2.2f, 1}}) {
      g.setStroke(new BasicStroke(pass[0], BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.setColor(pass[1] == 0 ? new Color(255, 255, 255, 200) : Canvas.INK);
      for (HeatMapData.Segment s : segments) {
        g.draw(
            new Line2D.Double(
                h.sx(s.migration1()), h.sy(s.tfr1()), h.sx(s.migration2()), h.sy(s.tfr2())));
      }
    }
    for (HeatMapData.Segment s : segments) {
      h.c.occupyPolyline(
          new double[] {h.sx(s.migration1()), h.sx(s.migration2())},
          new double[] {h.sy(s.tfr1()), h.sy(s.tfr2())});
    }
    double ox = h.sx(h.grid.ownMigration());
    double oy = h.sy(h.grid.ownTfr());
    boolean inside = h.plot().contains(ox, oy);
    List<Rectangle2D> placed = new ArrayList<>();
    if (inside) {
      h.c.marker(ox, oy, 12, 8, Canvas.INK);
      h.c.occupy(Canvas.circle(ox, oy, 13).getBounds2D());
      placed.add(Canvas.circle(ox, oy, 16).getBounds2D());
    }
    labels(tx, placed);
  }

  /**
   * Contour labels: a white box centred on the line (it breaks the line there), at heights
   * alternating between the lower and upper part of the plot, moved when it would hit another.
   */
  private void labels(AnalysisTexts tx, List<Rectangle2D> placed) {
    Map<Double, List<HeatMapData.Segment>> byLevel = new LinkedHashMap<>();
    for (HeatMapData.Segment s : h.d.segments()) {
      byLevel.computeIfAbsent(s.level(), k -> new ArrayList<>()).add(s);
    }
    g.setFont(h.c.font(Font.BOLD, Canvas.LABEL));
    FontMetrics lf = g.getFontMetrics();
    Rectangle2D plot = h.plot();
    int k = 0;
    for (var e : byLevel.entrySet()) {
      String text = tx.personsValue(e.getKey());
      double w = lf.stringWidth(text) + 14;
      double bh = lf.getAscent() + lf.getDescent() + 6;
      Rectangle2D box = null;
      for (int attempt = 0; attempt < HEIGHTS.length && box == null; attempt++) {
        double f = HEIGHTS[(k + attempt) % HEIGHTS.length];
        double[] at = crossing(e.getValue(), h.py0 + f * (h.py1 - h.py0));
        if (at == null) {
          continue;
        }
        Rectangle2D r = new Rectangle2D.Double(at[0] - w / 2, at[1] - bh / 2, w, bh);
        if (plot.contains(r) && placed.stream().noneMatch(r::intersects)) {
          box = r;
        }
      }
      k++;
      if (box == null) {
        continue;
      }
      placed.add(box);
      h.c.occupy(box);
      g.setColor(new Color(255, 255, 255, 235));
      g.fill(new RoundRectangle2D.Double(box.getX(), box.getY(), w, bh, 8, 8));
      g.setColor(Canvas.INK);
      g.drawString(text, (float) (box.getX() + 7), (float) (box.getY() + 3 + lf.getAscent()));
    }
  }

  /**
   * The screen point where a contour (its segments) crosses the horizontal line at screen height
   * {@code ty}: the first segment that crosses it; null if none does.
   */
  private double[] crossing(List<HeatMapData.Segment> segs, double ty) {
    for (HeatMapData.Segment s : segs) {
      double x1 = h.sx(s.migration1());
      double y1 = h.sy(s.tfr1());
      double x2 = h.sx(s.migration2());
      double y2 = h.sy(s.tfr2());
      if ((y1 - ty) * (y2 - ty) > 0 || y1 == y2) {
        continue;
      }
      double f = (ty - y1) / (y2 - y1);
      return new double[] {x1 + f * (x2 - x1), ty};
    }
    return null;
  }
}
