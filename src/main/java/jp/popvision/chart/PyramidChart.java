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
            Thousands.of(row.total()),
            String.format(Locale.ROOT, "%.1f", 100 * row.share65plus()));
    int sw = c.g.getFontMetrics().stringWidth(summary);
    c.g.drawString(summary, ChartWriter.WIDTH - Canvas.MARGIN - sw, y + 25);
    int bottom = c.footer(tx.source());
    String empty = nearEmpty(d, tx);
    if (!empty.isEmpty()) {
      bottom = c.note(tx.nearEmptyNote(empty), bottom);
    }
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
   * Groups below the open group holding less than 1 % of their size in the outline (base) year, as
   * "男性 0-4, 女性 20-24" (at most six named), or empty (issue 13: a generation emptied is said).
   */
  static String nearEmpty(PyramidData d, ChartTexts tx) {
    if (d.outline() == null) {
      return "";
    }
    List<String> names = new ArrayList<>();
    for (int s = 0; s < 2; s++) {
      var now = s == 0 ? d.male() : d.female();
      var was = s == 0 ? d.outline().male() : d.outline().female();
      for (int i = 0; i < d.groups().count() - 1; i++) {
        if (was.get(i) > 0 && now.get(i) < 0.01 * was.get(i)) {
          names.add((s == 0 ? tx.male() : tx.female()) + " " + d.groups().label(i));
        }
      }
    }
    String list = String.join(", ", names.subList(0, Math.min(6, names.size())));
    return names.size() > 6 ? list + ", …" : list;
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
