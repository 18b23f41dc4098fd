package jp.popvision.chart;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Renders the charts of a scenario run, a comparison and a backtest to PNG images in memory, one
 * class per chart kind ({@link TotalChart}, {@link PyramidChart}, {@link AgeStructureChart}, {@link
 * ComponentsChart}, {@link ComparisonBarsChart}, {@link BacktestChart}) over shared pieces ({@link
 * Canvas}, {@link Legend}, {@link Axes}, {@link Palette}, {@link PngEncoder}). Every image is
 * {@link #WIDTH}×{@link #HEIGHT} pixels at {@link #BASE_DPI} and scales with the DPI (e.g.
 * 3200×2000 at 300 DPI) with the same layout. Headless.
 */
public final class ChartWriter {
  public static final String TOTAL = "total_population.png";
  public static final String AGE_STRUCTURE = "age_structure.png";
  public static final String COMPONENTS = "components.png";

  /** File name of the backtest chart. */
  public static final String BACKTEST = "backtest.png";

  /** File name of the multi-scenario total population chart. */
  public static final String SCENARIOS_TOTAL = "scenarios_total.png";

  /** Layout size in pixels at {@link #BASE_DPI}. */
  public static final int WIDTH = 1600;

  public static final int HEIGHT = 1000;
  public static final int BASE_DPI = 150;
  public static final int MIN_DPI = 50;
  public static final int MAX_DPI = 600;

  private final Lang lang;
  private final PageSetup page;
  private final ChartTexts tx;

  /**
   * @param wanted the language asked for; English is used when {@code font} cannot display Japanese
   *     (see {@link #lang()})
   * @param dpi resolution, {@value #MIN_DPI}–{@value #MAX_DPI}
   * @param font the font family to draw with
   */
  public ChartWriter(Lang wanted, int dpi, FontChoice font) {
    this.page = new PageSetup(dpi, font);
    this.lang = font.effective(wanted);
    this.tx = new ChartTexts(lang);
  }

  /**
   * Starts loading what drawing needs (the font, Java2D's text and shape pipelines, the PNG
   * encoder) on a background daemon thread, so that a run can read and project its scenario
   * meanwhile: it draws a title in Japanese on a small throw-away page and encodes it. Output does
   * not depend on it; failures are ignored here and surface, if real, when the charts are drawn.
   * Once per JVM: nothing when a preload has already started. (Issue 15: warming XChart too, by
   * drawing throw-away charts, cost more CPU time than it saved on a two-core machine.)
   */
  public static void preload() {
    if (PRELOADING.getAndSet(true)) {
      return;
    }
    Thread t = new Thread(ChartWriter::warmUp, "popvision-chart-preload");
    t.setDaemon(true);
    t.start();
  }

  /** The preload's work on the calling thread (a warm-up thread), unless one has started. */
  public static void preloadHere() {
    if (!PRELOADING.getAndSet(true)) {
      warmUp();
    }
  }

  private static void warmUp() {
    try {
      Canvas page = new Canvas(MIN_DPI, FontChoice.detect().family());
      page.header("人口 1,234", "2020");
      page.png();
    } catch (RuntimeException e) {
      // only a warm-up
    }
  }

  private static final java.util.concurrent.atomic.AtomicBoolean PRELOADING =
      new java.util.concurrent.atomic.AtomicBoolean();

  /** The language the charts are drawn in. */
  public Lang lang() {
    return lang;
  }

  public int dpi() {
    return page.dpi();
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
   * (see {@link ChartJobs}).
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
    // in this order the second thread starts with the pyramids while the first pays for XChart's
    // first use (measured: 8 ms sooner than the longest charts first, issue 15)
    return ChartJobs.run(jobs);
  }

  /** {@code backtest.png}: projected vs census totals by method, one panel per base year. */
  public byte[] renderBacktest(BacktestChartData d) {
    return BacktestChart.render(d, tx, page);
  }

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
        out.put(d.fileName(), ComparisonBarsChart.render(d, subtitle, tx, page));
      }
    }
    return out;
  }

  /** The scenario line: its title, or its name when the font cannot display the title. */
  String subtitle(ScenarioRun run) {
    String title = run.title() == null || run.title().isBlank() ? run.name() : run.title();
    return tx.scenario(page.canDisplay(title) ? title : run.name());
  }

  byte[] total(TotalPopulationData d, String subtitle) {
    return TotalChart.render(d, subtitle, tx, page);
  }

  byte[] pyramid(PyramidData d, String subtitle) {
    return PyramidChart.render(d, subtitle, tx, page);
  }

  byte[] ageStructure(AgeStructureData d, String subtitle) {
    return AgeStructureChart.render(d, subtitle, tx, page);
  }

  /** {@code target_actual.png} of {@code popvision track} ({@link TrackChart}). */
  public byte[] track(TrackChartData d, String subtitle) {
    return TrackChart.render(d, subtitle, lang, tx, page);
  }

  byte[] components(ComponentsData d, String subtitle) {
    return ComponentsChart.render(d, subtitle, tx, page);
  }

  /**
   * The standard charts of {@code set} whose data exist, file name → PNG (see {@link
   * StandardChartSet}), drawn concurrently.
   */
  public Map<String, byte[]> renderStandard(StandardChartSet set) {
    StandardTexts st = new StandardTexts(lang);
    String sub = set.subtitle();
    Map<String, Callable<byte[]>> jobs = new LinkedHashMap<>();
    if (set.vision() != null) {
      jobs.put(
          StandardChartSet.VISION,
          () -> TotalChart.render(set.vision(), st.visionTitle(), sub, tx, page));
    }
    for (PyramidOverlayData o : set.pyramids()) {
      jobs.put(
          o.fileName(),
          () -> PyramidChart.renderOverlay(o, st.overlayTitle(o.bars().year()), sub, tx, page));
    }
    if (set.register() != null && !set.register().isEmpty()) {
      jobs.put(
          RegisterChangeData.FILE, () -> RegisterChangeChart.render(set.register(), sub, st, page));
    }
    if (set.netMigration() != null && !set.netMigration().periods().isEmpty()) {
      jobs.put(
          NetMigrationByAgeData.FILE,
          () -> NetMigrationByAgeChart.render(set.netMigration(), sub, st, page));
    }
    if (set.tfr() != null && !set.tfr().isEmpty()) {
      jobs.put(TfrChartData.FILE, () -> TfrChart.render(set.tfr(), sub, st, page));
    }
    if (set.impact() != null) {
      jobs.put(ImpactMatrixData.FILE, () -> ImpactMatrixChart.render(set.impact(), sub, st, page));
    }
    if (set.stages() != null) {
      jobs.put(StageChartData.FILE, () -> StageChart.render(set.stages(), sub, st, page));
    }
    return ChartJobs.run(jobs);
  }
}
