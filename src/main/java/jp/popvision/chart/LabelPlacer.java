package jp.popvision.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Value labels that avoid what is already drawn: the chart marks its lines and markers as occupied,
 * and each label goes to the first place next to its point that hits none of them.
 */
final class LabelPlacer {
  /** Where a value label is tried first. */
  enum Prefer {
    ABOVE_RIGHT,
    ABOVE,
    BELOW
  }

  private static final double[] DISTANCES = {14, 34, 60};

  private final List<Shape> occupied = new ArrayList<>();
  private final List<Line2D> segments = new ArrayList<>();

  /** Marks a polyline (screen coordinates) as drawn, so that labels avoid it. */
  void occupyPolyline(double[] xs, double[] ys) {
    for (int i = 1; i < xs.length; i++) {
      segments.add(new Line2D.Double(xs[i - 1], ys[i - 1], xs[i], ys[i]));
    }
  }

  void occupy(Shape s) {
    occupied.add(s);
  }

  /** How many drawn things {@code r} hits; outside {@code bounds} counts as many. */
  private int hits(Rectangle2D r, Rectangle2D bounds) {
    int n = bounds.contains(r) ? 0 : 1000;
    for (Line2D s : segments) {
      if (s.intersects(r)) {
        n++;
      }
    }
    for (Shape s : occupied) {
      if (s.intersects(r)) {
        n += 10;
      }
    }
    return n;
  }

  /**
   * Draws {@code text} (in the font set on {@code g}) next to the point (px, py) on a white
   * background at the first place that hits nothing drawn, trying first the places {@code prefer}
   * names, then the other sides of the point, then the same farther away (with a leader line); if
   * every place hits something, at the place that hits least. Marks the label as occupied.
   */
  void label(
      Graphics2D g, String text, double px, double py, Rectangle2D bounds, Color color, Prefer p) {
    FontMetrics fm = g.getFontMetrics();
    double w = fm.stringWidth(text) + 12;
    double h = fm.getAscent() + fm.getDescent() + 6;
    Rectangle2D best = null;
    int bestHits = Integer.MAX_VALUE;
    double bestD = 0;
    for (double d : DISTANCES) {
      for (double[] o : offsets(p, d, w, h)) {
        Rectangle2D r = new Rectangle2D.Double(px + o[0], py + o[1], w, h);
        int n = hits(r, bounds);
        if (n < bestHits) {
          best = r;
          bestHits = n;
          bestD = d;
        }
      }
      if (bestHits == 0) {
        break;
      }
    }
    Rectangle2D chosen = best;
    if (bestD > DISTANCES[0]) {
      double lx = Math.max(chosen.getMinX(), Math.min(px, chosen.getMaxX()));
      double ly = Math.max(chosen.getMinY(), Math.min(py, chosen.getMaxY()));
      g.setColor(color);
      g.setStroke(new BasicStroke(1.5f));
      g.draw(new Line2D.Double(px, py, lx, ly));
    }
    g.setColor(new Color(255, 255, 255, 225));
    g.fill(new RoundRectangle2D.Double(chosen.getX(), chosen.getY(), w, h, 8, 8));
    g.setColor(color);
    g.drawString(text, (float) (chosen.getX() + 6), (float) (chosen.getY() + 3 + fm.getAscent()));
    occupied.add(chosen);
  }

  /** The offsets of a label's top-left corner from its point, in the order they are tried. */
  private static double[][] offsets(Prefer prefer, double d, double w, double h) {
    double[] aboveRight = {d, -d - h};
    double[] aboveLeft = {-d - w, -d - h};
    double[] above = {-w / 2, -d - h};
    double[] belowRight = {d, d};
    double[] belowLeft = {-d - w, d};
    double[] below = {-w / 2, d};
    double[] right = {d + 4, -h / 2};
    double[] left = {-d - 4 - w, -h / 2};
    return switch (prefer) {
      case ABOVE_RIGHT ->
          new double[][] {aboveRight, belowLeft, aboveLeft, belowRight, right, left, above, below};
      case ABOVE ->
          new double[][] {above, aboveRight, aboveLeft, right, left, below, belowRight, belowLeft};
      case BELOW ->
          new double[][] {below, belowRight, belowLeft, right, left, above, aboveRight, aboveLeft};
    };
  }
}
