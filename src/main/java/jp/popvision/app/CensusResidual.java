package jp.popvision.app;

import java.util.Map;
import java.util.TreeMap;
import jp.popvision.engine.Migration;
import jp.popvision.scenario.InputData;

/**
 * The census residual net migration of every intercensal period the census by age covers (each
 * period's end population minus the closed projection of its start, with WPP survival and the
 * period's child-woman ratio; see {@link Backtest#residualNet}).
 */
public final class CensusResidual {
  private CensusResidual() {}

  /** Net migrants by sex and age at the end, by the period's start year. */
  public static Map<Integer, Migration.NetMigrants> byPeriod(InputData data) {
    Map<Integer, Migration.NetMigrants> out = new TreeMap<>();
    for (int year : data.census().keySet()) {
      if (data.census().containsKey(year + 5)) {
        out.put(year, Backtest.residualMigrants(data, year));
      }
    }
    return out;
  }
}
