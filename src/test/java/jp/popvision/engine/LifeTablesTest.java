package jp.popvision.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import jp.popvision.model.AgeGroups;
import jp.popvision.testutil.TestData;
import org.junit.jupiter.api.Test;

class LifeTablesTest {

  /**
   * MHLW worked example (1995 national life table, open 85+): the handout's survival ratios,
   * printed to five decimals, are the oracle.
   */
  @Test
  void reproducesTheMhlwWorkedExample() {
    List<Map<String, String>> rows =
        TestData.csv(TestData.data().resolve("japan/mhlw_life_table_1995_2000_worked_example.csv"));
    List<Map<String, String>> male =
        rows.stream().filter(r -> r.get("sex").equals("male")).toList();
    double[] nLx =
        male.stream().mapToDouble(r -> Double.parseDouble(r.get("nLx_H7_1995"))).toArray();
    AgeGroups groups = new AgeGroups(5, nLx.length);
    Survival s = LifeTables.survival(nLx, 100_000, groups);
    assertEquals(
        Double.parseDouble(male.get(0).get("survival_ratio_1995")), s.birthSurvival(), 5e-6);
    for (int i = 1; i < male.size(); i++) {
      double expected = Double.parseDouble(male.get(i).get("survival_ratio_1995"));
      // row i is the transition from group i-1 to group i
      assertEquals(expected, s.ratios().get(i - 1), 5e-6, "transition into " + groups.label(i));
    }
    assertEquals(s.ratios().get(nLx.length - 2), s.ratios().get(nLx.length - 1), 0.0);
  }

  /**
   * The survival ratios shipped with the WPP 2024 life tables (computed by the data provider, open
   * 90+) for every period and sex.
   */
  @Test
  void matchesTheShippedWppSurvivalRatios() {
    List<Map<String, String>> lt =
        TestData.csv(TestData.data().resolve("japan/wpp2024_life_table_5yr.csv"));
    List<Map<String, String>> sr =
        TestData.csv(TestData.data().resolve("japan/wpp2024_survival_ratios_5yr.csv"));
    AgeGroups groups = AgeGroups.FIVE_YEAR_TO_90;
    int checked = 0;
    for (String period : List.of("1990", "2015", "2040", "2095")) {
      for (String sex : List.of("male", "female")) {
        double[] nLx =
            lt.stream()
                .filter(r -> r.get("period_start").equals(period) && r.get("sex").equals(sex))
                .mapToDouble(r -> Double.parseDouble(r.get("nLx")))
                .toArray();
        Survival s = LifeTables.survival(nLx, 100_000, groups);
        for (Map<String, String> r : sr) {
          if (!r.get("period_start").equals(period)
              || !r.get("sex").equals(sex)
              || !r.get("open_age").equals("90")) {
            continue;
          }
          double expected = Double.parseDouble(r.get("Sx"));
          if (r.get("from_age_start").isEmpty()) {
            assertEquals(expected, s.birthSurvival(), 1e-9);
          } else {
            int from = Integer.parseInt(r.get("from_age_start")) / 5;
            assertEquals(
                expected, s.ratios().get(from), 1e-9, period + " " + sex + " from " + from);
          }
          checked++;
        }
      }
    }
    assertTrue(checked >= 4 * 2 * 19, "checked " + checked);
  }
}
