package jp.popvision.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;

/**
 * {@code impact_matrix.png}: the 5 × 5 matrix of natural-change level (rows) by social-change level
 * (columns), the area's cell filled and labelled with its percentages. A table, so Java2D.
 */
final class ImpactMatrixChart {
  private static final Color CELL = new Color(0xF4, 0xF6, 0xF8);
  private static final Color MARK = Palette.PROJECTION;

  private ImpactMatrixChart() {}

  static byte[] render(ImpactMatrixData d, String subtitle, StandardTexts tx, PageSetup page) {
    Canvas c = Canvas.of(page);
    Graphics2D g = c.g;
    int y = c.header(tx.impactTitle(d.year()), subtitle);
    int bottom = c.footer(tx.censusSource());
    bottom = c.note(tx.impactNote(), bottom);
    double left = Canvas.MARGIN + 300;
    double right = ChartWriter.WIDTH - Canvas.MARGIN - 20;
    double top = y + 140;
    double cellW = (right - left) / 5;
    double cellH = (bottom - 20 - top) / 5;
    g.setFont(c.font(Font.BOLD, Canvas.AXIS_TITLE));
    g.setColor(Canvas.INK);
    PlainAxis.centred(g, tx.socialImpact(), (left + right) / 2, y + 30);
    AffineTransform saved = g.getTransform();
    g.translate(Canvas.MARGIN + 30, top + 2.5 * cellH);
    g.rotate(-Math.PI / 2);
    PlainAxis.centred(g, tx.naturalImpact(), 0, 0);
    g.setTransform(saved);
    for (int k = 1; k <= 5; k++) {
      double cx = left + (k - 0.5) * cellW;
      double rowY = top + (5 - k + 0.5) * cellH;
      g.setFont(c.font(Font.BOLD, Canvas.TICK));
      g.setColor(Canvas.INK);
      PlainAxis.centred(g, tx.level(k), cx, top - 48);
      g.drawString(tx.level(k), (float) (Canvas.MARGIN + 70), (float) rowY - 4);
      g.setFont(c.font(Font.PLAIN, Canvas.SOURCE));
      g.setColor(Canvas.MUTED);
      PlainAxis.centred(g, tx.range(d.socialThresholds(), k), cx, top - 18);
      g.drawString(
          tx.range(d.naturalThresholds(), k), (float) (Canvas.MARGIN + 70), (float) rowY + 24);
    }
    for (int n = 1; n <= 5; n++) {
      for (int s = 1; s <= 5; s++) {
        Rectangle2D r =
            new Rectangle2D.Double(left + (s - 1) * cellW, top + (5 - n) * cellH, cellW, cellH);
        boolean own = n == d.naturalLevel() && s == d.socialLevel();
        g.setColor(own ? MARK : CELL);
        g.fill(r);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(4));
        g.draw(r);
        if (own) {
          g.setFont(c.font(Font.BOLD, Canvas.LABEL));
          String[] lines = tx.impactCell(d.naturalPct(), d.socialPct());
          PlainAxis.centred(g, lines[0], r.getCenterX(), r.getCenterY() - 6);
          PlainAxis.centred(g, lines[1], r.getCenterX(), r.getCenterY() + 24);
        }
      }
    }
    return c.png();
  }
}
