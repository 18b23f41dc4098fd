package jp.popvision.io;

import static jp.popvision.io.CsvFormat.count;
import static jp.popvision.io.CsvFormat.text;

import java.util.List;
import java.util.Locale;
import jp.popvision.results.QuantileTable;

/** {@code quantiles.csv} of {@code popvision uncertainty} (see README). */
public final class UncertaintyTables {
  private UncertaintyTables() {}

  /** Column name of a quantile: 0.025 → p2_5, 0.5 → p50. */
  static String column(double p) {
    String s =
        new java.math.BigDecimal(String.format(Locale.ROOT, "%.4f", 100 * p))
            .stripTrailingZeros()
            .toPlainString();
    return "p" + s.replace('.', '_');
  }

  public static String quantiles(String scenario, QuantileTable q) {
    String name = text(scenario);
    StringBuilder sb = new StringBuilder("scenario,year,indicator");
    for (double p : q.probabilities()) {
      sb.append(',').append(column(p));
    }
    sb.append(",mean,deterministic\n");
    List<Integer> years = q.years();
    int probs = q.probabilities().length;
    for (int y = 0; y < years.size(); y++) {
      for (int k = 0; k < q.indicators().size(); k++) {
        sb.append(name).append(',').append(years.get(y)).append(',').append(q.indicators().get(k));
        for (int j = 0; j < probs; j++) {
          sb.append(',').append(count(q.quantile(y, k, j)));
        }
        sb.append(',')
            .append(count(q.mean(y, k)))
            .append(',')
            .append(count(q.deterministic(y, k)))
            .append('\n');
      }
    }
    return sb.toString();
  }
}
