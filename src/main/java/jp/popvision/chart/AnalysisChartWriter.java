package jp.popvision.chart;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Renders the charts of {@code popvision sensitivity} ({@link TornadoChart}, {@link HeatMapChart})
 * and {@code popvision uncertainty} ({@link FanChart}) on the same page layout, fonts and colours
 * as {@link ChartWriter}. Headless; PNG bytes in memory.
 */
public final class AnalysisChartWriter {
  public static final String FAN_CHART = "fan_chart.png";

  private final Lang lang;
  private final PageSetup page;
  private final AnalysisTexts tx;

  /** As {@link ChartWriter#ChartWriter(Lang, int, FontChoice)}. */
  public AnalysisChartWriter(Lang wanted, int dpi, FontChoice font) {
    this.page = new PageSetup(dpi, font);
    this.lang = font.effective(wanted);
    this.tx = new AnalysisTexts(lang);
  }

  public Lang lang() {
    return lang;
  }

  public int dpi() {
    return page.dpi();
  }

  /** The scenario line, as {@link ChartWriter} writes it. */
  String subtitle(String name, String title) {
    String t = title == null || title.isBlank() ? name : title;
    return (lang == Lang.JA ? "シナリオ: " : "Scenario: ") + (page.canDisplay(t) ? t : name);
  }

  /** Tornado and heat map charts, file name → PNG, drawn concurrently. */
  public Map<String, byte[]> renderSensitivity(
      String name, String title, List<TornadoData> tornados, List<HeatMapData> maps) {
    String sub = subtitle(name, title);
    Map<String, Callable<byte[]>> jobs = new LinkedHashMap<>();
    for (TornadoData t : tornados) {
      jobs.put(t.fileName(), () -> TornadoChart.render(t, sub, tx, lang, page));
    }
    for (HeatMapData h : maps) {
      jobs.put(h.fileName(), () -> HeatMapChart.render(h, sub, tx, page));
    }
    return ChartJobs.run(jobs);
  }

  /** The fan chart, file name → PNG. */
  public Map<String, byte[]> renderUncertainty(String name, String title, FanChartData fan) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    out.put(FAN_CHART, FanChart.render(fan, subtitle(name, title), tx, page));
    return out;
  }
}
