package jp.popvision.chart;

import java.util.List;

/**
 * The series of {@code target_actual.png} (目標と実績): per year the register's social change and its
 * births-implied TFR (actual), the scenario's path (a fifth of each step's net migration per year;
 * the step's TFR) and the KPI targets drawn over their years (the social-change target as a yearly
 * average: target ÷ years). Years the register lacks are shaded, never joined by a line.
 *
 * @param social register social change by year
 * @param scenarioSocial the scenario's net migration per year, one point per year
 * @param socialTarget the social-change KPI, or null
 * @param tfr births-implied TFR by year
 * @param scenarioTfr the scenario's TFR per year
 * @param tfrTarget the TFR KPI, or null
 * @param missing years the register lacks
 * @param firstYear first year of the x axis
 * @param lastYear last year of the x axis
 */
public record TrackChartData(
    List<YearValue> social,
    List<YearValue> scenarioSocial,
    Target socialTarget,
    List<YearValue> tfr,
    List<YearValue> scenarioTfr,
    Target tfrTarget,
    List<Integer> missing,
    int firstYear,
    int lastYear) {

  /** File name of the chart. */
  public static final String FILE = "target_actual.png";

  /**
   * A KPI: its years, its target (the sum for social change) and the register's figure over the
   * years with data ({@code used} of {@code from..to}).
   */
  public record Target(int from, int to, double target, double actual, int used) {
    int years() {
      return to - from + 1;
    }
  }

  public TrackChartData {
    social = List.copyOf(social);
    scenarioSocial = List.copyOf(scenarioSocial);
    tfr = List.copyOf(tfr);
    scenarioTfr = List.copyOf(scenarioTfr);
    missing = List.copyOf(missing);
  }
}
