package jp.popvision.chart;

import java.util.List;

/**
 * The data of the standard charts of a 人口ビジョン for one area and one set of scenarios; a chart whose
 * data are absent (null or empty) is not drawn, and {@link #absent()} says why.
 *
 * @param subtitle the line under each title (the area, or the comparison)
 * @param vision 目標 vs 現状推移 vs 社人研 (null when one of them is not in the comparison)
 * @param pyramids the target's pyramids with 現状推移, 社人研 and the base year as outlines
 * @param register 自然増減・社会増減 from the resident register (empty without a register)
 * @param netMigration 年齢階級別純移動数 by intercensal period
 * @param tfr the TFR of the area, its prefecture and Japan
 * @param impact the 影響度 matrix cell (null without pattern1, sim1 and sim2)
 * @param stages 人口減少段階 of the target (null without a target)
 * @param absent the charts not drawn, each with its reason
 */
public record StandardChartSet(
    String subtitle,
    TotalPopulationData vision,
    List<PyramidOverlayData> pyramids,
    RegisterChangeData register,
    NetMigrationByAgeData netMigration,
    TfrChartData tfr,
    ImpactMatrixData impact,
    StageChartData stages,
    List<String> absent) {
  /** File name of the 目標 vs 現状推移 vs 社人研 chart. */
  public static final String VISION = "vision_total.png";

  public StandardChartSet {
    pyramids = List.copyOf(pyramids);
    absent = List.copyOf(absent);
  }
}
