package jp.popvision.chart;

import jp.popvision.engine.Projection;
import jp.popvision.model.Population;
import jp.popvision.results.Analyses;

/**
 * The cell of {@code impact_matrix.png} (自然増減・社会増減の影響度): the natural-change impact is the total of
 * シミュレーション1 over パターン1 in the target year, the social-change impact that of シミュレーション2 over
 * シミュレーション1, both in percent, binned into levels 1–5 by four thresholds each (the thresholds of
 * config/analysis.yaml).
 */
public record ImpactMatrixData(
    int year,
    double naturalPct,
    int naturalLevel,
    double socialPct,
    int socialLevel,
    double[] naturalThresholds,
    double[] socialThresholds) {
  /** File name of the chart. */
  public static final String FILE = "impact_matrix.png";

  public ImpactMatrixData {
    naturalThresholds = naturalThresholds.clone();
    socialThresholds = socialThresholds.clone();
  }

  /** The impacts in {@code year}; null when a projection does not reach it. */
  public static ImpactMatrixData of(
      int year,
      Projection pattern1,
      Projection sim1,
      Projection sim2,
      double[] naturalThresholds,
      double[] socialThresholds) {
    Population p1 = pattern1.at(year);
    Population s1 = sim1.at(year);
    Population s2 = sim2.at(year);
    if (p1 == null || s1 == null || s2 == null) {
      return null;
    }
    double natural = 100 * s1.total() / p1.total();
    double social = 100 * s2.total() / s1.total();
    return new ImpactMatrixData(
        year,
        natural,
        Analyses.level(natural, naturalThresholds),
        social,
        Analyses.level(social, socialThresholds),
        naturalThresholds,
        socialThresholds);
  }
}
