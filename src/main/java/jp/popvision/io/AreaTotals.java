package jp.popvision.io;

import static jp.popvision.io.Cells.integer;
import static jp.popvision.io.Cells.number;

import java.nio.file.Path;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * IPSS 令和5年推計 totals by area and year ({@code ipss_r5_2023_totals_2020_2050.csv}); the 2020 column
 * is the 2020 census count ({@code status} {@code census}), later years are the projection.
 */
public final class AreaTotals {
  /** Totals of some areas: the census counts ({@code status: census}) and the projection. */
  public record Read(
      Map<String, NavigableMap<Integer, Double>> census,
      Map<String, NavigableMap<Integer, Double>> projection) {}

  private AreaTotals() {}

  public static Read read(Path file, Set<String> codes) throws InputException {
    AreaRows t = AreaRows.read(file, codes, "area_code", "year", "total", "status");
    Problems p = new Problems(t.shown());
    Map<String, NavigableMap<Integer, Double>> census = new TreeMap<>();
    Map<String, NavigableMap<Integer, Double>> projection = new TreeMap<>();
    for (int r = 0; r < t.rows(); r++) {
      Integer year = integer(t, r, "year", p);
      Double total = number(t, r, "total", p, 0, PopulationFile.MAX_PERSONS);
      String status = t.get(r, "status");
      if (!status.equals("census") && !status.equals("projection")) {
        p.add(t.line(r), 0, "status", status, Msg.AREA_STATUS);
        continue;
      }
      if (year == null || total == null) {
        continue;
      }
      String code = t.get(r, "area_code");
      (status.equals("census") ? census : projection)
          .computeIfAbsent(code, c -> new TreeMap<>())
          .put(year, total);
      if (status.equals("census")) {
        projection.computeIfAbsent(code, c -> new TreeMap<>()).put(year, total);
      }
    }
    p.throwIfAny();
    return new Read(census, projection);
  }

  /** The Bayesian-estimated TFR 2008–2012 by area ({@code tfr_bayes_2008_2012.csv}). */
  public static Map<String, Double> readTfr(Path file, Set<String> codes) throws InputException {
    AreaRows t = AreaRows.read(file, codes, "area_code", "tfr");
    Problems p = new Problems(t.shown());
    Map<String, Double> out = new TreeMap<>();
    for (int r = 0; r < t.rows(); r++) {
      String cell = t.get(r, "tfr");
      if (cell.isEmpty() || cell.equals("-")) {
        continue; // no estimate for this area (wards formed after 2012): "-" in the source
      }
      Double v = number(t, r, "tfr", p, ScenarioReader.TFR_MIN, ScenarioReader.TFR_MAX);
      if (v != null) {
        out.put(t.get(r, "area_code"), v);
      }
    }
    p.throwIfAny();
    return out;
  }
}
