package jp.popvision.chart;

import java.util.ArrayList;
import java.util.List;
import jp.popvision.engine.Projection;
import jp.popvision.model.Population;
import jp.popvision.results.Analyses;

/**
 * The lines of {@code stages.png} (人口減少段階): the 0–14, 15–64 and 65+ populations of one scenario as
 * indices of the base year (= 100), and the stage of each year from the 65+ index ({@link
 * Analyses#stages}: 1 while 65+ grows, 2 while it stays within the band below the base, 3 below
 * that).
 */
public record StageChartData(String name, String title, List<Row> rows, double bandPct) {
  /** File name of the chart. */
  public static final String FILE = "stages.png";

  /** One year. */
  public record Row(
      int year, double index0to14, double index15to64, double index65plus, int stage) {}

  public StageChartData {
    rows = List.copyOf(rows);
  }

  public static StageChartData of(ScenarioRun run, double bandPct) {
    Projection p = run.projection();
    List<Population> pops = p.populations();
    int n = pops.size();
    int[] years = new int[n];
    double[] old = new double[n];
    for (int k = 0; k < n; k++) {
      years[k] = pops.get(k).year();
      old[k] = pops.get(k).sumAges(65, -1);
    }
    List<Analyses.Stage> stages = Analyses.stages(years, old, bandPct);
    Population base = pops.get(0);
    double y0 = base.sumAges(0, 14);
    double w0 = base.sumAges(15, 64);
    List<Row> rows = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      Population q = pops.get(k);
      rows.add(
          new Row(
              years[k],
              100 * q.sumAges(0, 14) / y0,
              100 * q.sumAges(15, 64) / w0,
              stages.get(k).index(),
              stages.get(k).stage()));
    }
    return new StageChartData(run.name(), run.title(), rows, bandPct);
  }
}
