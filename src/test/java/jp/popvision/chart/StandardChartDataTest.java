package jp.popvision.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jp.popvision.io.ReferenceSeries;
import jp.popvision.testutil.TestData;
import org.junit.jupiter.api.Test;

/**
 * The data of the standard charts against the data files, the expected values summed by hand from
 * the file's rows (quoted in the comments).
 */
class StandardChartDataTest {
  @Test
  void registerSumsTheFormerTownsAndKeepsTheWidestCoverage() throws Exception {
    RegisterChangeData d =
        RegisterChangeData.of(
            ReferenceSeries.register(
                TestData.data().resolve("asakura/register_population_movement.csv")));
    RegisterChangeData.Row fy1994 = d.rows().get(0);
    assertEquals("FY1994", fy1994.label());
    // 甘木市 4, 杷木町 -38, 朝倉町 -14 (natural); -161, 40, -30 (social)
    assertEquals(4 - 38 - 14, fy1994.natural(), 1e-9);
    assertEquals(-161 + 40 - 30, fy1994.social(), 1e-9);
    assertEquals("japanese", fy1994.coverage());
    RegisterChangeData.Row fy2012 = row(d, "FY2012");
    // FY2012 has japanese (-406, -52), foreign (1, 268) and total (-405, 216): total is drawn
    assertEquals("total", fy2012.coverage());
    assertEquals(-405, fy2012.natural(), 1e-9);
    assertEquals(216, fy2012.social(), 1e-9);
    assertEquals(-298 - 236, row(d, "CY2013").total(), 1e-9);
    assertEquals(List.of("japanese", "total"), d.coverages());
    // CY2022 and CY2023 are not in the file (data/SOURCES.md)
    assertEquals(List.of(2022, 2023), d.gaps());
  }

  private static RegisterChangeData.Row row(RegisterChangeData d, String label) {
    return d.rows().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
  }

  @Test
  void tfrTakesTheAreaAndJapanAndSaysThePrefectureIsMissing() throws Exception {
    TfrChartData d =
        TfrChartData.of(
            "40228",
            "朝倉市",
            ReferenceSeries.bayesTfr(
                TestData.data().resolve("asakura/tfr_bayes_2008_2012_fukuoka_municipalities.csv")),
            ReferenceSeries.nationalTfr(
                TestData.data().resolve("japan/mhlw_tfr_by_age_1993_2023.csv")));
    assertEquals(1, d.area().size());
    assertEquals(1.44, d.area().get(0).tfr(), 1e-12);
    assertEquals(2008, d.area().get(0).fromYear());
    assertEquals(2012, d.area().get(0).toYear());
    // the file has Fukuoka's municipalities but no row for the prefecture (40000)
    assertTrue(d.prefecture().isEmpty());
    assertEquals(List.of("prefecture"), d.missing());
    // MHLW published TFR: 1.46 in 1993, 1.20 in 2023
    assertEquals(new YearValue(1993, 1.46), d.japan().get(0));
    assertEquals(new YearValue(2023, 1.20), d.japan().get(d.japan().size() - 1));
    assertEquals(
        List.of("area", "prefecture"),
        TfrChartData.of("99999", "x", List.of(), java.util.Map.of(2020, 1.3)).missing());
  }

  @Test
  void cohortLabelsRunFromStartToEndAgeGroup() {
    var d = new NetMigrationByAgeData(jp.popvision.model.AgeGroups.FIVE_YEAR_TO_90, List.of());
    assertEquals(18, d.cohorts());
    assertEquals("0–4→5–9", d.cohortLabel(0));
    assertEquals("15–19→20–24", d.cohortLabel(3));
    assertEquals("85+→90+", d.cohortLabel(17));
  }

  /** A projection whose population in 2040 is {@code total}, spread evenly. */
  private static jp.popvision.engine.Projection flat(double total) {
    var g = jp.popvision.model.AgeGroups.FIVE_YEAR_TO_90;
    double cell = total / (2 * g.count());
    var v = jp.popvision.model.AgeVector.filled(g.count(), cell);
    return new jp.popvision.engine.Projection(
        List.of(new jp.popvision.model.Population(g, 2040, v, v)), List.of(), List.of());
  }

  @Test
  void impactRatiosAndLevelsFollowTheGuidanceDefinition() {
    // impact.csv of the strategy comparison: pattern1 34,673.55, sim1 36,460.42, sim2 44,082.01
    ImpactMatrixData d =
        ImpactMatrixData.of(
            2040,
            flat(34673.55),
            flat(36460.42),
            flat(44082.01),
            new double[] {100, 105, 110, 115},
            new double[] {100, 110, 120, 130});
    // 36,460.42 / 34,673.55 = 105.153 % (level 3: 105-110); 44,082.01 / 36,460.42 = 120.904 %
    // (level 4: 120-130)
    assertEquals(105.153, d.naturalPct(), 0.001);
    assertEquals(3, d.naturalLevel());
    assertEquals(120.904, d.socialPct(), 0.001);
    assertEquals(4, d.socialLevel());
    assertEquals(
        null, ImpactMatrixData.of(2045, flat(1), flat(1), flat(1), new double[4], new double[4]));
  }
}
