package jp.popvision.io;

import static jp.popvision.io.CsvFormat.count;
import static jp.popvision.io.CsvFormat.fixed;
import static jp.popvision.io.CsvFormat.text;

import java.util.List;
import jp.popvision.results.SensitivityGrid;
import jp.popvision.results.TornadoBar;

/** The CSV tables of {@code popvision sensitivity} (see README). */
public final class SensitivityTables {
  private SensitivityTables() {}

  /** A lever's value: TFR and sex ratio with 4 decimals, persons and years with 2. */
  static String leverValue(String lever, double v) {
    if (Double.isNaN(v)) {
      return "";
    }
    return lever.equals("tfr") || lever.equals("srb") ? fixed(v, 4) : fixed(v, 2);
  }

  public static String tornado(String scenario, List<TornadoBar> bars) {
    String name = text(scenario);
    StringBuilder sb =
        new StringBuilder(
            "scenario,year,indicator,rank,lever,change,low_value,high_value,population_low,"
                + "population_high,population_base,swing\n");
    for (TornadoBar b : bars) {
      sb.append(name)
          .append(',')
          .append(b.year())
          .append(',')
          .append(b.indicator())
          .append(',')
          .append(b.rank())
          .append(',')
          .append(b.lever())
          .append(',')
          .append(leverValue(b.lever(), b.change()))
          .append(',')
          .append(leverValue(b.lever(), b.lowValue()))
          .append(',')
          .append(leverValue(b.lever(), b.highValue()))
          .append(',')
          .append(count(b.populationLow()))
          .append(',')
          .append(count(b.populationHigh()))
          .append(',')
          .append(count(b.populationBase()))
          .append(',')
          .append(count(b.swing()))
          .append('\n');
    }
    return sb.toString();
  }

  public static String grid(String scenario, SensitivityGrid g) {
    String name = text(scenario);
    StringBuilder sb = new StringBuilder("scenario,tfr,net_migration,year");
    for (String ind : SensitivityGrid.INDICATORS) {
      sb.append(',').append(ind);
    }
    sb.append(",limited_cohorts\n");
    List<Integer> years = g.years();
    for (int i = 0; i < g.tfrCount(); i++) {
      for (int j = 0; j < g.migrationCount(); j++) {
        for (int y = 0; y < years.size(); y++) {
          sb.append(name)
              .append(',')
              .append(fixed(g.tfr(i), 4))
              .append(',')
              .append(fixed(g.migration(j), 2))
              .append(',')
              .append(years.get(y));
          for (int k = 0; k < SensitivityGrid.INDICATORS.size(); k++) {
            sb.append(',').append(count(g.value(i, j, y, k)));
          }
          sb.append(',').append(g.limited(i, j, y)).append('\n');
        }
      }
    }
    return sb.toString();
  }
}
