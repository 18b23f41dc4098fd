package jp.popvision.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import jp.popvision.scenario.RegisterMovement;

/**
 * The bars of {@code register_change.png} (自然増減・社会増減の推移, 実績): the resident register's natural and
 * social change per period, summed over the area's codes (the former towns before a merger). Each
 * period uses the widest coverage it has ({@code total} where foreign residents are included, else
 * {@code japanese}); which coverages were used is kept for the chart's note.
 *
 * @param rows the periods in time order
 * @param coverages the coverages used, in order of first use
 */
public record RegisterChangeData(List<Row> rows, List<String> coverages) {
  /** One period. */
  public record Row(
      LocalDate from, LocalDate to, String label, String coverage, double natural, double social) {
    public double total() {
      return natural + social;
    }
  }

  public RegisterChangeData {
    rows = List.copyOf(rows);
    coverages = List.copyOf(coverages);
  }

  /** Whether there is nothing to draw (no register for the area). */
  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /** File name of the chart. */
  public static final String FILE = "register_change.png";

  /** Sums the movements by period and coverage and keeps each period's widest coverage. */
  public static RegisterChangeData of(List<RegisterMovement> movements) {
    Map<LocalDate, Map<String, double[]>> byPeriod = new TreeMap<>();
    Map<LocalDate, RegisterMovement> first = new TreeMap<>();
    for (RegisterMovement m : movements) {
      double[] s =
          byPeriod
              .computeIfAbsent(m.from(), k -> new TreeMap<>())
              .computeIfAbsent(m.coverage(), k -> new double[2]);
      s[0] += m.naturalChange();
      s[1] += m.socialChange();
      first.putIfAbsent(m.from(), m);
    }
    List<Row> rows = new ArrayList<>();
    Set<String> used = new LinkedHashSet<>();
    for (var e : byPeriod.entrySet()) {
      String coverage = e.getValue().containsKey("total") ? "total" : "japanese";
      double[] s = e.getValue().get(coverage);
      if (s == null) {
        continue;
      }
      RegisterMovement m = first.get(e.getKey());
      rows.add(new Row(m.from(), m.to(), m.label(), coverage, s[0], s[1]));
      used.add(coverage);
    }
    return new RegisterChangeData(rows, new ArrayList<>(used));
  }

  /** Years (of the period's start) with no row between the first and the last, e.g. 2022, 2023. */
  public List<Integer> gaps() {
    List<Integer> out = new ArrayList<>();
    for (int i = 1; i < rows.size(); i++) {
      for (int y = rows.get(i - 1).from().getYear() + 1; y < rows.get(i).from().getYear(); y++) {
        out.add(y);
      }
    }
    return out;
  }
}
