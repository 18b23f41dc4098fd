package jp.popvision.chart;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code pyramid_<year>.png}: one population pyramid on a page (see {@link PyramidPainter}). */
final class PyramidChart {
  private PyramidChart() {}

  static byte[] render(PyramidData d, String subtitle, ChartTexts tx, PageSetup page) {
    Canvas c = Canvas.of(page);
    int y = c.header(tx.pyramidTitle(d.year()), subtitle);
    List<Legend.Entry> legend = new ArrayList<>();
    legend.add(Legend.Entry.box(tx.male(), Palette.MALE));
    legend.add(Legend.Entry.box(tx.female(), Palette.FEMALE));
    if (d.outline() != null) {
      legend.add(
          new Legend.Entry(
              tx.outline(d.outline().year()), Legend.KeyKind.OUTLINE, Palette.OUTLINE, 2.5f));
    }
    AgeStructureData.Row row = AgeStructureData.Row.of(d.population());
    int legendBottom = Legend.row(c, legend, y);
    c.g.setColor(Canvas.INK);
    c.g.setFont(c.font(Font.PLAIN, Canvas.LEGEND));
    String summary =
        tx.pyramidSummary(
            d.year(),
            String.format(Locale.ROOT, "%,.0f", row.total()),
            String.format(Locale.ROOT, "%.1f", 100 * row.share65plus()));
    int sw = c.g.getFontMetrics().stringWidth(summary);
    c.g.drawString(summary, ChartWriter.WIDTH - Canvas.MARGIN - sw, y + 25);
    int bottom = c.footer(tx.source());
    PyramidPainter.paint(
        c,
        d,
        tx,
        Canvas.MARGIN + 20,
        legendBottom + 10,
        ChartWriter.WIDTH - 2 * Canvas.MARGIN - 40,
        bottom - legendBottom - 10);
    return c.png();
  }

  /**
   * {@code pyramid_compare_<year>.png}: the bars with several outlines (see {@link
   * PyramidOverlayData}).
   */
  static byte[] renderOverlay(
      PyramidOverlayData o, String title, String subtitle, ChartTexts tx, PageSetup page) {
    Canvas c = Canvas.of(page);
    int y = c.header(title, subtitle);
    List<Legend.Entry> legend = new ArrayList<>();
    legend.add(Legend.Entry.box(o.barsLabel() + " " + tx.male(), Palette.MALE));
    legend.add(Legend.Entry.box(tx.female(), Palette.FEMALE));
    for (PyramidOverlayData.Overlay v : o.overlays()) {
      legend.add(
          new Legend.Entry(
              v.label(),
              v.dashed() ? Legend.KeyKind.DASHED_LINE : Legend.KeyKind.LINE,
              v.color(),
              3f));
    }
    int legendBottom = Legend.row(c, legend, y);
    int bottom = c.footer(tx.source());
    PyramidPainter.paint(
        c,
        o.bars(),
        o.overlays(),
        tx,
        Canvas.MARGIN + 20,
        legendBottom + 10,
        ChartWriter.WIDTH - 2 * Canvas.MARGIN - 40,
        bottom - legendBottom - 10);
    return c.png();
  }
}
