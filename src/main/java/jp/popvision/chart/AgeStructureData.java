package jp.popvision.chart;

import java.util.ArrayList;
import java.util.List;
import jp.popvision.engine.Projection;
import jp.popvision.model.Population;
import jp.popvision.results.Indicators;

/**
 * The series of {@code age_structure.png} (人口構造, 老年人口比率の長期推計): persons aged 0–14, 15–64 and 65+
 * over time, with the 65+ share (高齢化率) and the 75+ share. Census years before the base year come
 * first (actuals), then every projected instant.
 *
 * @param rows one row per year, in year order
 * @param baseYear first projected year (rows before it are census actuals)
 */
public record AgeStructureData(List<Row> rows, int baseYear) {

  /** The broad age groups at one instant. */
  public record Row(
      int year, double age0to14, double age15to64, double age65plus, double age75plus) {
    public static Row of(Population p) {
      Indicators x = Indicators.of(p);
      return new Row(p.year(), x.age0to14(), x.age15to64(), x.age65plus(), x.age75plus());
    }

    public double total() {
      return age0to14 + age15to64 + age65plus;
    }

    /** 高齢化率: share aged 65+ (0–1). */
    public double share65plus() {
      return total() > 0 ? age65plus / total() : 0;
    }

    /** Share aged 75+ (0–1). */
    public double share75plus() {
      return total() > 0 ? age75plus / total() : 0;
    }
  }

  public AgeStructureData {
    rows = List.copyOf(rows);
  }

  /** Census years before the base year (from {@code refs}), then the projection. */
  public static AgeStructureData of(Projection projection, ChartReferences refs) {
    int base = projection.base().year();
    List<Row> rows = new ArrayList<>();
    for (Population p : refs.census().headMap(base, false).values()) {
      rows.add(Row.of(p));
    }
    for (Population p : projection.populations()) {
      rows.add(Row.of(p));
    }
    return new AgeStructureData(rows, base);
  }

  /** The row of {@code year}, or null. */
  public Row at(int year) {
    for (Row r : rows) {
      if (r.year() == year) {
        return r;
      }
    }
    return null;
  }
}
