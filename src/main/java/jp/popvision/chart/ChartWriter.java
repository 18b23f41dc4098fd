package jp.popvision.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Renders a {@link ChartSet} to PNG images in memory: XChart for the line, area and bar charts,
 * plain Java2D for the pyramids. Every image is {@link #WIDTH}×{@link #HEIGHT} pixels at {@link
 * #BASE_DPI} and scales with the DPI (e.g. 3200×2000 at 300 DPI) with the same layout. Headless.
 */
public final class ChartWriter {
  public static final String TOTAL = "total_population.png";
  public static final String AGE_STRUCTURE = "age_structure.png";
  public static final String COMPONENTS = "components.png";

  /** Layout size in pixels at {@link #BASE_DPI}. */
  public static final int WIDTH = 1600;

  public static final int HEIGHT = 1000;
  public static final int BASE_DPI = 150;
  public static final int MIN_DPI = 50;
  public static final int MAX_DPI = 600;

  /** Share of the plot area XChart uses for data (the rest is an inner margin). */
  static final double PLOT_CONTENT = 0.94;

  /** Most threads used to draw charts. */
  static final int THREADS = 4;

  static final Color PROJECTION = new Color(0xC0, 0x39, 0x2B);
  static final Color CENSUS = new Color(0x22, 0x22, 0x22);
  static final Color IPSS_H30 = new Color(0x2E, 0x86, 0xC1);
  static final Color IPSS_R5 = new Color(0x27, 0xAE, 0x60);
  static final Color[] SCENARIO_COLORS = {
    PROJECTION,
    new Color(0x1F, 0x4E, 0x9A),
    new Color(0xE6, 0x7E, 0x22),
    new Color(0x7D, 0x3C, 0x98),
    new Color(0x16, 0xA0, 0x85),
    new Color(0x7F, 0x8C, 0x8D),
    new Color(0xB7, 0x95, 0x0B),
    new Color(0xD3, 0x54, 0x9A),
    new Color(0x5D, 0x40, 0x37),
    new Color(0x00, 0x83, 0x8F),
    new Color(0x9E, 0x9D, 0x24),
    new Color(0x37, 0x47, 0x4F)
  };
  static final Color AGE_0_14 = new Color(0x8C, 0xC0, 0x84);
  static final Color AGE_15_64 = new Color(0x8F, 0xB3, 0xDE);
  static final Color AGE_65 = new Color(0xF2, 0xA6, 0x5E);
  static final Color SHARE_65 = new Color(0xC0, 0x39, 0x2B);
  static final Color SHARE_75 = new Color(0x7D, 0x3C, 0x98);
  static final Color BIRTHS = new Color(0x6A, 0xB0, 0x4C);
  static final Color DEATHS = new Color(0x95, 0x95, 0x95);
  static final Color MIGRATION = new Color(0xE6, 0x7E, 0x22);
  static final Color NATURAL = new Color(0x1E, 0x6B, 0x30);
  static final Color TOTAL_CHANGE = new Color(0x22, 0x22, 0x22);

  private final Lang lang;
  private final int dpi;
  private final FontChoice font;
  private final ChartTexts tx;

  /**
   * @param wanted the language asked for; English is used when {@code font} cannot display Japanese
   *     (see {@link #lang()})
   * @param dpi resolution, {@value #MIN_DPI}–{@value #MAX_DPI}
   * @param font the font family to draw with
   */
  public ChartWriter(Lang wanted, int dpi, FontChoice font) {
    if (dpi < MIN_DPI || dpi > MAX_DPI) {
      throw new IllegalArgumentException(
          "dpi must be in [" + MIN_DPI + ", " + MAX_DPI + "], was " + dpi);
    }
    this.font = font;
    this.lang = font.effective(wanted);
    this.dpi = dpi;
    this.tx = new ChartTexts(lang);
  }

  /**
   * Starts loading what drawing needs (the font, XChart's and Java2D's classes) on a background
   * daemon thread, so that a run can read and project its scenario meanwhile: it draws two small
   * throw-away charts. Output does not depend on it; failures are ignored here and surface, if
   * real, when the charts are drawn.
   */
  public static void preload() {
    Thread t =
        new Thread(
            () -> {
              try {
                ChartWriter w = new ChartWriter(Lang.JA, MIN_DPI, FontChoice.detect());
                List<YearValue> pts = List.of(new YearValue(2015, 2), new YearValue(2020, 1));
                w.total(
                    new TotalPopulationData(
                        pts,
                        List.of(new TotalPopulationData.Line("a", "a", pts)),
                        pts,
                        pts,
                        List.of(2020)),
                    "");
                w.components(
                    new ComponentsData(
                        List.of(new ComponentsData.Period(2015, 2020, 1, 2, -1, true))),
                    "");
              } catch (RuntimeException e) {
                // only a warm-up
              }
            },
            "popvision-chart-preload");
    t.setDaemon(true);
    t.start();
  }

  /** The language the charts are drawn in. */
  public Lang lang() {
    return lang;
  }

  public int dpi() {
    return dpi;
  }

  /** Pixel width of every chart at {@code dpi}. */
  public static int pixelWidth(int dpi) {
    return (int) Math.round(WIDTH * dpi / (double) BASE_DPI);
  }

  /** Pixel height of every chart at {@code dpi}. */
  public static int pixelHeight(int dpi) {
    return (int) Math.round(HEIGHT * dpi / (double) BASE_DPI);
  }

  /**
   * File name → PNG bytes, in {@link ChartSet#fileNames()} order. The charts are drawn concurrently
   * (one task per chart, as many threads as processors, at most {@value #THREADS}).
   */
  public Map<String, byte[]> render(ChartSet set) {
    String subtitle = subtitle(set.run());
    Map<String, Callable<byte[]>> jobs = new LinkedHashMap<>();
    jobs.put(TOTAL, () -> total(set.total(), subtitle));
    for (PyramidData p : set.pyramids()) {
      jobs.put(p.fileName(), () -> pyramid(p, subtitle));
    }
    jobs.put(AGE_STRUCTURE, () -> ageStructure(set.ageStructure(), subtitle));
    jobs.put(COMPONENTS, () -> components(set.components(), subtitle));
    return runJobs(jobs);
  }

  /**
   * Runs chart-drawing jobs concurrently (as many threads as processors, at most {@value #THREADS})
   * and returns their PNGs in the jobs' order.
   */
  static Map<String, byte[]> runJobs(Map<String, Callable<byte[]>> jobs) {
    int threads = Math.max(1, Math.min(THREADS, Runtime.getRuntime().availableProcessors()));
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "popvision-chart");
              t.setDaemon(true);
              return t;
            });
    try {
      Map<String, Future<byte[]>> futures = new LinkedHashMap<>();
      jobs.forEach((name, job) -> futures.put(name, pool.submit(job)));
      Map<String, byte[]> out = new LinkedHashMap<>();
      for (var e : futures.entrySet()) {
        out.put(e.getKey(), e.getValue().get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while drawing charts", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("drawing a chart failed", cause);
    } finally {
      pool.shutdownNow();
    }
  }

  /** File name of the backtest chart. */
  public static final String BACKTEST = "backtest.png";

  /** {@code backtest.png}: projected vs census totals by method, one panel per base year. */
  public byte[] renderBacktest(BacktestChartData d) {
    return BacktestChart.render(d, tx, dpi, font.family());
  }

  /** File name of the multi-scenario total population chart. */
  public static final String SCENARIOS_TOTAL = "scenarios_total.png";

  /**
   * The charts of a comparison: every scenario's total as one line with the census and IPSS
   * references ({@link #SCENARIOS_TOTAL}), and a stacked bar per scenario for each year in {@code
   * years} that some scenario reaches ({@code scenarios_<year>.png}).
   */
  public Map<String, byte[]> renderComparison(
      List<ScenarioRun> runs, ChartReferences refs, int[] years) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    String subtitle = tx.comparisonSubtitle(runs.size());
    out.put(SCENARIOS_TOTAL, total(TotalPopulationData.of(runs, refs), subtitle));
    for (int year : years) {
      ComparisonBarsData d = ComparisonBarsData.of(runs, year);
      if (!d.bars().isEmpty()) {
        out.put(d.fileName(), comparisonBars(d, subtitle));
      }
    }
    return out;
  }

  byte[] comparisonBars(ComparisonBarsData d, String subtitle) {
    Canvas c = new Canvas(dpi, font.family());
    int y = c.header(tx.comparisonBarsTitle(d.year()), subtitle);
    List<Canvas.LegendEntry> legend =
        List.of(
            new Canvas.LegendEntry(tx.age0to14(), Canvas.KeyKind.BOX, AGE_0_14, 0),
            new Canvas.LegendEntry(tx.age15to64(), Canvas.KeyKind.BOX, AGE_15_64, 0),
            new Canvas.LegendEntry(tx.age65plus(), Canvas.KeyKind.BOX, AGE_65, 0));
    int legendBottom = c.legendRow(legend, Canvas.MARGIN, y, WIDTH - 2 * Canvas.MARGIN);
    int bottom = c.footer(tx.source());
    ComparisonBarsPainter.paint(
        c,
        d,
        tx,
        b ->
            b.title() != null
                    && !b.title().isBlank()
                    && font.canDisplay(b.title())
                    && tx.lang() == Lang.JA
                ? b.title()
                : b.name(),
        Canvas.MARGIN,
        legendBottom + 16,
        WIDTH - 2 * Canvas.MARGIN,
        bottom - legendBottom - 16);
    return c.png(dpi);
  }

  /** The scenario line: its title, or its name when the font cannot display the title. */
  String subtitle(ScenarioRun run) {
    String title = run.title() == null || run.title().isBlank() ? run.name() : run.title();
    return tx.scenario(font.canDisplay(title) ? title : run.name());
  }

  // ---- total_population.png

  byte[] total(TotalPopulationData d, String subtitle) {
    Canvas c = new Canvas(dpi, font.family());
    int y = c.header(tx.totalTitle(), subtitle);
    List<Canvas.LegendEntry> legend = new ArrayList<>();
    if (!d.census().isEmpty()) {
      legend.add(new Canvas.LegendEntry(tx.census(), Canvas.KeyKind.MARKER, CENSUS, 0));
    }
    boolean single = d.projections().size() == 1;
    for (int i = 0; i < d.projections().size(); i++) {
      TotalPopulationData.Line l = d.projections().get(i);
      legend.add(
          new Canvas.LegendEntry(
              single ? tx.projection() : l.title(), Canvas.KeyKind.LINE, scenarioColor(i), 4.5f));
    }
    if (!d.ipssH30().isEmpty()) {
      legend.add(new Canvas.LegendEntry(tx.ipssH30(), Canvas.KeyKind.DASHED_LINE, IPSS_H30, 2.5f));
    }
    if (!d.ipssR5().isEmpty()) {
      legend.add(new Canvas.LegendEntry(tx.ipssR5(), Canvas.KeyKind.DASHED_LINE, IPSS_R5, 2.5f));
    }
    int legendBottom = c.legendRow(legend, Canvas.MARGIN, y, WIDTH - 2 * Canvas.MARGIN);
    int bottom = c.footer(tx.source());

    int firstYear = Integer.MAX_VALUE;
    int lastYear = Integer.MIN_VALUE;
    for (List<YearValue> s : allSeries(d)) {
      for (YearValue p : s) {
        firstYear = Math.min(firstYear, p.year());
        lastYear = Math.max(lastYear, p.year());
      }
    }
    int cx = Canvas.MARGIN - 10;
    int cy = legendBottom + 4;
    int cw = WIDTH - 2 * Canvas.MARGIN + 10;
    int ch = bottom - cy;
    XYChart chart = new XYChart(cw, ch);
    style(chart.getStyler(), c);
    chart.setXAxisTitle(tx.year());
    chart.setYAxisTitle(tx.persons());
    chart.getStyler().setXAxisMin((double) firstYear).setXAxisMax((double) lastYear);
    chart.getStyler().setYAxisMin(0.0).setYAxisMax(Ticks.niceCeiling(d.max() * 1.04, 10));
    chart.setCustomXAxisTickLabelsFormatter(ChartWriter::yearLabel);
    chart.setCustomYAxisTickLabelsFormatter(ChartWriter::thousands);
    // the official projections are drawn over the scenario lines so that a scenario that
    // reproduces one of them does not hide it
    for (int i = 0; i < d.projections().size(); i++) {
      TotalPopulationData.Line l = d.projections().get(i);
      float width = d.projections().size() > 3 ? 3f : 4.5f;
      line(
          chart,
          "projection-" + i,
          l.points(),
          scenarioColor(i),
          new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    }
    line(chart, "ipss-h30", d.ipssH30(), IPSS_H30, Canvas.dashed(2.5f));
    line(chart, "ipss-r5", d.ipssR5(), IPSS_R5, Canvas.dashed(2.5f));
    if (!d.census().isEmpty()) {
      XYSeries s = chart.addSeries("census", xs(d.census()), ys(d.census()));
      s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
      s.setMarker(SeriesMarkers.CIRCLE);
      s.setMarkerColor(CENSUS);
    }
    chart.getStyler().setMarkerSize(13);
    var g = c.g;
    g.translate(cx, cy);
    chart.paint(g, cw, ch);
    Rectangle2D bounds = plotBounds(chart, firstYear, lastYear, 0, chart.getStyler().getYAxisMax());
    for (List<YearValue> s : List.of(d.ipssH30(), d.ipssR5())) {
      occupy(c, chart, s);
    }
    for (TotalPopulationData.Line l : d.projections()) {
      occupy(c, chart, l.points());
    }
    for (YearValue p : d.census()) {
      c.occupy(
          Canvas.circle(
                  chart.getScreenXFromChart(p.year()), chart.getScreenYFromChart(p.value()), 9)
              .getBounds2D());
    }
    for (int i = 0; i < d.projections().size(); i++) {
      TotalPopulationData.Line l = d.projections().get(i);
      for (int year : d.labelYears()) {
        Double v = l.at(year);
        if (v == null) {
          continue;
        }
        double px = chart.getScreenXFromChart(year);
        double py = chart.getScreenYFromChart(v);
        g.setColor(Color.WHITE);
        g.fill(Canvas.circle(px, py, 10));
        g.setColor(scenarioColor(i));
        g.fill(Canvas.circle(px, py, 7.5));
        c.occupy(Canvas.circle(px, py, 11).getBounds2D());
        c.label(
            tx.yearPersons(year, thousands(v)),
            px,
            py,
            bounds,
            scenarioColor(i).darker(),
            Font.BOLD,
            Canvas.Prefer.ABOVE_RIGHT);
      }
    }
    g.translate(-cx, -cy);
    return c.png(dpi);
  }

  private static List<List<YearValue>> allSeries(TotalPopulationData d) {
    List<List<YearValue>> all = new ArrayList<>(List.of(d.census(), d.ipssH30(), d.ipssR5()));
    for (TotalPopulationData.Line l : d.projections()) {
      all.add(l.points());
    }
    return all;
  }

  static Color scenarioColor(int i) {
    return SCENARIO_COLORS[i % SCENARIO_COLORS.length];
  }

  static void line(
      XYChart chart, String name, List<YearValue> pts, Color color, BasicStroke stroke) {
    if (pts.isEmpty()) {
      return;
    }
    XYSeries s = chart.addSeries(name, xs(pts), ys(pts));
    s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
    s.setMarker(SeriesMarkers.NONE);
    s.setLineColor(color);
    s.setLineStyle(stroke);
  }

  private static void occupy(Canvas c, XYChart chart, List<YearValue> pts) {
    double[] x = new double[pts.size()];
    double[] y = new double[pts.size()];
    for (int i = 0; i < pts.size(); i++) {
      x[i] = chart.getScreenXFromChart(pts.get(i).year());
      y[i] = chart.getScreenYFromChart(pts.get(i).value());
    }
    c.occupyPolyline(x, y);
  }

  /**
   * The plot area in screen coordinates: the axis range (x0–x1, y0–y1) plus the margin that {@link
   * #PLOT_CONTENT} leaves around it.
   */
  private static Rectangle2D plotBounds(XYChart chart, double x0, double x1, double y0, double y1) {
    double left = chart.getScreenXFromChart(x0);
    double right = chart.getScreenXFromChart(x1);
    double top = chart.getScreenYFromChart(y1);
    double bottom = chart.getScreenYFromChart(y0);
    double mx = (right - left) * (1 - PLOT_CONTENT) / 2 / PLOT_CONTENT;
    double my = (bottom - top) * (1 - PLOT_CONTENT) / 2 / PLOT_CONTENT;
    return new Rectangle2D.Double(
        left - mx, top - my, right - left + 2 * mx, bottom - top + 2 * my);
  }

  // ---- pyramid_<year>.png

  byte[] pyramid(PyramidData d, String subtitle) {
    Canvas c = new Canvas(dpi, font.family());
    int y = c.header(tx.pyramidTitle(d.year()), subtitle);
    List<Canvas.LegendEntry> legend = new ArrayList<>();
    legend.add(new Canvas.LegendEntry(tx.male(), Canvas.KeyKind.BOX, PyramidPainter.MALE, 0));
    legend.add(new Canvas.LegendEntry(tx.female(), Canvas.KeyKind.BOX, PyramidPainter.FEMALE, 0));
    if (d.outline() != null) {
      legend.add(
          new Canvas.LegendEntry(
              tx.outline(d.outline().year()),
              Canvas.KeyKind.OUTLINE,
              PyramidPainter.OUTLINE,
              2.5f));
    }
    AgeStructureData.Row row = AgeStructureData.Row.of(d.population());
    int legendBottom = c.legendRow(legend, Canvas.MARGIN, y, WIDTH - 2 * Canvas.MARGIN);
    c.g.setColor(Canvas.INK);
    c.g.setFont(c.font(Font.PLAIN, Canvas.LEGEND));
    String summary =
        tx.pyramidSummary(
            d.year(),
            String.format(Locale.ROOT, "%,.0f", row.total()),
            String.format(Locale.ROOT, "%.1f", 100 * row.share65plus()));
    int sw = c.g.getFontMetrics().stringWidth(summary);
    c.g.drawString(summary, WIDTH - Canvas.MARGIN - sw, y + 25);
    int bottom = c.footer(tx.source());
    String empty = nearEmpty(d);
    if (!empty.isEmpty()) {
      bottom = c.note(tx.nearEmptyNote(empty), bottom);
    }
    PyramidPainter.paint(
        c,
        d,
        tx,
        Canvas.MARGIN + 20,
        legendBottom + 10,
        WIDTH - 2 * Canvas.MARGIN - 40,
        bottom - legendBottom - 10);
    return c.png(dpi);
  }

  /**
   * Groups below the open group holding less than 1 % of their size in the outline (base) year, as
   * "男 0-4, 女 20-24" (at most six named), or empty (issue 13: a generation emptied is said).
   */
  String nearEmpty(PyramidData d) {
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

  // ---- age_structure.png

  byte[] ageStructure(AgeStructureData d, String subtitle) {
    Canvas c = new Canvas(dpi, font.family());
    int y = c.header(tx.ageStructureTitle(), subtitle);
    List<Canvas.LegendEntry> legend =
        List.of(
            new Canvas.LegendEntry(tx.age0to14(), Canvas.KeyKind.BOX, AGE_0_14, 0),
            new Canvas.LegendEntry(tx.age15to64(), Canvas.KeyKind.BOX, AGE_15_64, 0),
            new Canvas.LegendEntry(tx.age65plus(), Canvas.KeyKind.BOX, AGE_65, 0),
            new Canvas.LegendEntry(tx.share65(), Canvas.KeyKind.LINE_MARKER, SHARE_65, 3.5f),
            new Canvas.LegendEntry(tx.share75(), Canvas.KeyKind.LINE_MARKER, SHARE_75, 3.5f));
    int legendBottom = c.legendRow(legend, Canvas.MARGIN, y, WIDTH - 2 * Canvas.MARGIN);
    int bottom = c.footer(tx.source());
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
    double first = years[0];
    double last = years[n - 1];
    int cx = Canvas.MARGIN - 10;
    int cw = WIDTH - 2 * Canvas.MARGIN + 10;
    int topY = legendBottom + 4;
    int totalH = bottom - topY;
    int topH = (int) (totalH * 0.52);
    int lowH = totalH - topH;
    int axisWidth = 150;

    XYChart top = new XYChart(cw, topH);
    style(top.getStyler(), c);
    top.getStyler().setYAxisLeftWidthHint(axisWidth);
    top.getStyler().setXAxisMin(first).setXAxisMax(last);
    top.getStyler().setYAxisMin(0.0).setYAxisMax(Ticks.niceCeiling(maxTotal * 1.02, 8));
    top.getStyler().setXAxisTitleVisible(false);
    top.setYAxisTitle(tx.persons());
    top.setCustomXAxisTickLabelsFormatter(ChartWriter::yearLabel);
    top.setCustomYAxisTickLabelsFormatter(ChartWriter::thousands);
    area(top, "65+", years, all, AGE_65);
    area(top, "15-64", years, upTo64, AGE_15_64);
    area(top, "0-14", years, young, AGE_0_14);

    XYChart low = new XYChart(cw, lowH);
    style(low.getStyler(), c);
    low.getStyler().setYAxisLeftWidthHint(axisWidth);
    low.getStyler().setXAxisMin(first).setXAxisMax(last);
    low.getStyler().setYAxisMin(0.0).setYAxisMax(Ticks.niceCeiling(maxShare * 1.15));
    low.setXAxisTitle(tx.year());
    low.setYAxisTitle(tx.sharePercent());
    low.setCustomXAxisTickLabelsFormatter(ChartWriter::yearLabel);
    low.setCustomYAxisTickLabelsFormatter(v -> String.format(Locale.ROOT, "%.0f%%", v));
    low.getStyler().setMarkerSize(9);
    for (var e : List.of(Map.entry(s75, SHARE_75), Map.entry(s65, SHARE_65))) {
      XYSeries s = low.addSeries(e.getValue() == SHARE_65 ? "65+" : "75+", years, e.getKey());
      s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
      s.setMarker(SeriesMarkers.CIRCLE);
      s.setMarkerColor(e.getValue());
      s.setLineColor(e.getValue());
      s.setLineStyle(new BasicStroke(3.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    }

    var g = c.g;
    g.translate(cx, topY);
    top.paint(g, cw, topH);
    g.translate(0, topH);
    low.paint(g, cw, lowH);
    // the panels share the x axis: if their y-axis labels differ in width, shift the one with
    // the narrower labels so that the years line up
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
    double topShift = Math.max(0, -shift);
    double lowShift = Math.max(0, shift);
    g.translate(topShift, -topH);
    separator(c, top, d.baseYear(), 0, top.getStyler().getYAxisMax(), true);
    g.translate(lowShift - topShift, topH);
    separator(c, low, d.baseYear(), 0, low.getStyler().getYAxisMax(), false);
    Rectangle2D bounds = plotBounds(low, first, last, 0, low.getStyler().getYAxisMax());
    c.occupyPolyline(screenX(low, years), screenY(low, s65));
    c.occupyPolyline(screenX(low, years), screenY(low, s75));
    for (int i = 0; i < n; i++) {
      c.occupy(
          Canvas.circle(low.getScreenXFromChart(years[i]), low.getScreenYFromChart(s65[i]), 7)
              .getBounds2D());
      c.occupy(
          Canvas.circle(low.getScreenXFromChart(years[i]), low.getScreenYFromChart(s75[i]), 7)
              .getBounds2D());
    }
    for (int year : shareLabelYears(d)) {
      AgeStructureData.Row r = d.at(year);
      double px = low.getScreenXFromChart(year);
      c.label(
          percent(r.share65plus()),
          px,
          low.getScreenYFromChart(100 * r.share65plus()),
          bounds,
          SHARE_65.darker(),
          Font.BOLD,
          Canvas.Prefer.ABOVE);
      c.label(
          percent(r.share75plus()),
          px,
          low.getScreenYFromChart(100 * r.share75plus()),
          bounds,
          SHARE_75.darker(),
          Font.BOLD,
          Canvas.Prefer.BELOW);
    }
    g.translate(-cx - lowShift, -topY - topH);
    return c.png(dpi);
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

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }

  private void separator(Canvas c, XYChart chart, int year, double y0, double y1, boolean texts) {
    var g = c.g;
    double x = chart.getScreenXFromChart(year);
    double top = chart.getScreenYFromChart(y1);
    double bottom = chart.getScreenYFromChart(y0);
    g.setColor(Canvas.INK);
    g.setStroke(Canvas.dashed(2f));
    g.draw(new Line2D.Double(x, top, x, bottom));
    if (texts) {
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

  private static void area(XYChart chart, String name, double[] x, double[] y, Color color) {
    XYSeries s = chart.addSeries(name, x, y);
    s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Area);
    s.setMarker(SeriesMarkers.NONE);
    s.setFillColor(color);
    s.setLineColor(Color.WHITE);
    s.setLineStyle(new BasicStroke(1.5f));
  }

  private static double[] screenX(XYChart chart, double[] x) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = chart.getScreenXFromChart(x[i]);
    }
    return out;
  }

  private static double[] screenY(XYChart chart, double[] y) {
    double[] out = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      out[i] = chart.getScreenYFromChart(y[i]);
    }
    return out;
  }

  // ---- components.png

  byte[] components(ComponentsData d, String subtitle) {
    Canvas c = new Canvas(dpi, font.family());
    int y = c.header(tx.componentsTitle(), subtitle);
    List<Canvas.LegendEntry> legend =
        List.of(
            new Canvas.LegendEntry(tx.births(), Canvas.KeyKind.BOX, BIRTHS, 0),
            new Canvas.LegendEntry(tx.deaths(), Canvas.KeyKind.BOX, DEATHS, 0),
            new Canvas.LegendEntry(tx.netMigration(), Canvas.KeyKind.BOX, MIGRATION, 0),
            new Canvas.LegendEntry(tx.naturalChange(), Canvas.KeyKind.LINE_MARKER, NATURAL, 3.5f),
            new Canvas.LegendEntry(
                tx.totalChange(), Canvas.KeyKind.LINE_MARKER, TOTAL_CHANGE, 3.5f));
    int legendBottom = c.legendRow(legend, Canvas.MARGIN, y, WIDTH - 2 * Canvas.MARGIN);
    int bottom = c.footer(tx.source());
    if (d.anyLimited()) {
      bottom = c.note(tx.limitedNote(), bottom);
    }
    List<String> cats = new ArrayList<>();
    List<Double> births = new ArrayList<>();
    List<Double> deaths = new ArrayList<>();
    List<Double> migration = new ArrayList<>();
    List<Double> natural = new ArrayList<>();
    List<Double> change = new ArrayList<>();
    double min = 0;
    double max = 0;
    for (ComponentsData.Period p : d.periods()) {
      cats.add(p.label());
      births.add(p.births());
      deaths.add(-p.deaths());
      migration.add(p.netMigration());
      natural.add(p.naturalChange());
      change.add(p.totalChange());
      double up = p.births() + Math.max(0, p.netMigration());
      double down = -p.deaths() + Math.min(0, p.netMigration());
      for (double v : new double[] {up, down, p.naturalChange(), p.totalChange()}) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    int cx = Canvas.MARGIN - 10;
    int cy = legendBottom + 4;
    int cw = WIDTH - 2 * Canvas.MARGIN + 10;
    int ch = bottom - cy;
    CategoryChart chart = new CategoryChart(cw, ch);
    style(chart.getStyler(), c);
    chart.getStyler().setAvailableSpaceFill(0.55).setStacked(true);
    double step = Ticks.step(max - min, 8);
    chart
        .getStyler()
        .setYAxisMin(-Math.ceil(-min * 1.04 / step) * step)
        .setYAxisMax(Math.max(step, Math.ceil(max * 1.04 / step) * step));
    chart.setXAxisTitle(tx.period());
    chart.setYAxisTitle(tx.personsPerPeriod());
    chart.setCustomYAxisTickLabelsFormatter(ChartWriter::thousands);
    bar(chart, "births", cats, births, BIRTHS);
    bar(chart, "deaths", cats, deaths, DEATHS);
    bar(chart, "migration", cats, migration, MIGRATION);
    var g = c.g;
    g.translate(cx, cy);
    chart.paint(g, cw, ch);
    double zero = chart.getScreenYFromChart(0);
    g.setColor(Canvas.INK);
    g.setStroke(new BasicStroke(1.5f));
    g.draw(
        new Line2D.Double(
            chart.getScreenXFromChart(0), zero, chart.getScreenXFromChart(cats.size()), zero));
    int n = cats.size();
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = chart.getScreenXFromChart(i + 0.5);
    }
    polyline(c, x, screenY(chart, natural), NATURAL);
    polyline(c, x, screenY(chart, change), TOTAL_CHANGE);
    g.setFont(c.font(Font.BOLD, 28f));
    var fm = g.getFontMetrics();
    for (int i = 0; i < n; i++) {
      ComponentsData.Period p = d.periods().get(i);
      if (p.limited()) {
        // the mark sits above the period's bar, where nothing else is drawn
        double top = chart.getScreenYFromChart(p.births() + Math.max(0, p.netMigration()));
        String mark = tx.limitedMark();
        g.setColor(MIGRATION.darker());
        g.drawString(mark, (float) (x[i] - fm.stringWidth(mark) / 2.0), (float) (top - 8));
      }
    }
    g.translate(-cx, -cy);
    return c.png(dpi);
  }

  /** A line with round markers through screen points. */
  private static void polyline(Canvas c, double[] x, double[] y, Color color) {
    var g = c.g;
    g.setColor(color);
    g.setStroke(new BasicStroke(3.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    for (int i = 1; i < x.length; i++) {
      g.draw(new Line2D.Double(x[i - 1], y[i - 1], x[i], y[i]));
    }
    for (int i = 0; i < x.length; i++) {
      g.setColor(Color.WHITE);
      g.fill(Canvas.circle(x[i], y[i], 7.5));
      g.setColor(color);
      g.fill(Canvas.circle(x[i], y[i], 5.5));
    }
  }

  private static double[] screenY(CategoryChart chart, List<Double> v) {
    double[] out = new double[v.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = chart.getScreenYFromChart(v.get(i));
    }
    return out;
  }

  private static void bar(
      CategoryChart chart, String name, List<String> cats, List<Double> v, Color color) {
    CategorySeries s = chart.addSeries(name, cats, v);
    s.setChartCategorySeriesRenderStyle(CategorySeriesRenderStyle.Bar);
    s.setFillColor(color);
    s.setMarker(SeriesMarkers.NONE);
  }

  // ---- shared XChart styling

  static void style(AxesChartStyler s, Canvas c) {
    s.setChartTitleVisible(false);
    s.setLegendVisible(false);
    s.setToolTipsEnabled(false);
    s.setAntiAlias(true);
    s.setLocale(Locale.ROOT);
    s.setChartBackgroundColor(Color.WHITE);
    s.setPlotBackgroundColor(Color.WHITE);
    s.setPlotBorderVisible(true);
    s.setPlotBorderColor(new Color(0xBB, 0xBB, 0xBB));
    s.setPlotGridLinesVisible(true);
    s.setPlotGridVerticalLinesVisible(false);
    s.setPlotGridLinesColor(Canvas.GRID);
    s.setPlotGridLinesStroke(new BasicStroke(1f));
    s.setChartPadding(6);
    s.setPlotContentSize(PLOT_CONTENT);
    s.setAxisTickLabelsFont(c.font(Font.PLAIN, Canvas.TICK));
    s.setAxisTitleFont(c.font(Font.PLAIN, Canvas.AXIS_TITLE));
    s.setAxisTickLabelsColor(Canvas.INK);
    s.setChartFontColor(Canvas.INK);
    s.setAxisTickPadding(8);
    s.setAxisTitlePadding(12);
    s.setAxisTickMarkLength(6);
    s.setYAxisTickMarkSpacingHint(64);
  }

  static String yearLabel(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }

  static String thousands(double v) {
    String s = String.format(Locale.ROOT, "%,.0f", v);
    return s.equals("-0") ? "0" : s;
  }

  static double[] xs(List<YearValue> pts) {
    double[] out = new double[pts.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = pts.get(i).year();
    }
    return out;
  }

  static double[] ys(List<YearValue> pts) {
    double[] out = new double[pts.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = pts.get(i).value();
    }
    return out;
  }
}
