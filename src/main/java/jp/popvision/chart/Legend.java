package jp.popvision.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/** The legend row under a chart's title: keys and texts left to right, wrapping. */
final class Legend {
  private Legend() {}

  /** How a legend entry's key is drawn. */
  enum KeyKind {
    LINE,
    DASHED_LINE,
    MARKER,
    LINE_MARKER,
    BOX,
    OUTLINE
  }

  record Entry(String text, KeyKind kind, Color color, float lineWidth) {
    static Entry box(String text, Color color) {
      return new Entry(text, KeyKind.BOX, color, 0);
    }
  }

  /** A legend across the page's width below {@code y}; returns the y below the legend. */
  static int row(Canvas c, List<Entry> entries, int y) {
    return row(c, entries, Canvas.MARGIN, y, ChartWriter.WIDTH - 2 * Canvas.MARGIN);
  }

  /**
   * Legend entries laid out left to right from {@code x}, wrapping within {@code maxWidth}; returns
   * the y below the legend.
   */
  static int row(Canvas c, List<Entry> entries, int x, int y, int maxWidth) {
    Graphics2D g = c.g;
    g.setFont(c.font(Font.PLAIN, Canvas.LEGEND));
    FontMetrics fm = g.getFontMetrics();
    int keyW = 46;
    int gap = 34;
    int lineH = 34;
    int cx = x;
    int cy = y + lineH / 2;
    for (Entry e : entries) {
      int w = keyW + 10 + fm.stringWidth(e.text());
      if (cx > x && cx + w > x + maxWidth) {
        cx = x;
        cy += lineH;
      }
      drawKey(g, e, cx, cy, keyW);
      g.setColor(Palette.INK);
      g.drawString(e.text(), cx + keyW + 10, cy + fm.getAscent() / 2 - 2);
      cx += w + gap;
    }
    return cy + lineH / 2 + 4;
  }

  private static void drawKey(Graphics2D g, Entry e, int x, int y, int w) {
    Stroke old = g.getStroke();
    g.setColor(e.color());
    switch (e.kind()) {
      case LINE -> {
        g.setStroke(new BasicStroke(e.lineWidth(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(x, y, x + w, y));
      }
      case DASHED_LINE -> {
        g.setStroke(Canvas.dashed(e.lineWidth()));
        g.draw(new Line2D.Double(x, y, x + w, y));
      }
      case MARKER -> g.fill(Canvas.circle(x + w / 2.0, y, 7));
      case LINE_MARKER -> {
        g.setStroke(new BasicStroke(e.lineWidth()));
        g.draw(new Line2D.Double(x, y, x + w, y));
        g.fill(Canvas.circle(x + w / 2.0, y, 6));
      }
      case BOX -> g.fill(new Rectangle2D.Double(x + 4, y - 11, w - 8, 22));
      case OUTLINE -> {
        g.setStroke(new BasicStroke(e.lineWidth()));
        g.draw(new Rectangle2D.Double(x + 4, y - 11, w - 8, 22));
      }
    }
    g.setStroke(old);
  }
}
