package jp.popvision.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import jp.popvision.io.DataDir;
import jp.popvision.testutil.TestData;
import org.junit.jupiter.api.Test;

/** The census residual by period against a hand calculation from the data files. */
class CensusResidualTest {
  @Test
  void maleCohort15to19In2010() throws Exception {
    var byPeriod = CensusResidual.byPeriod(DataDir.read(TestData.data()));
    assertEquals(List.of(1980, 1985, 1990, 1995, 2000, 2005, 2010), List.copyOf(byPeriod.keySet()));
    // census 2015 men 20-24: 916, men of unknown age 279 of 24,532 (distributed pro rata);
    // census 2010 men 15-19: 1,353, unknown 33 of 26,284; WPP 2024 survival 2010-2015 men
    // 15 -> 20: 0.9977974923 (wpp2024_survival_ratios_5yr.csv)
    double end = 916 * 24532.0 / (24532 - 279);
    double start = 1353 * 26284.0 / (26284 - 33);
    double expected = end - start * 0.9977974923;
    assertEquals(expected, byPeriod.get(2010).male().get(4), 0.5);
  }
}
