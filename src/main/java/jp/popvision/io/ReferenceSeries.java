package jp.popvision.io;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.popvision.scenario.RegisterMovement;
import jp.popvision.scenario.TfrEstimate;

/**
 * Observed series the standard charts draw next to the projections: the resident register's natural
 * and social change, the published national TFR and the municipal Bayesian TFR estimates (files
 * described in data/SOURCES.md). Every problem is reported with file:line.
 */
public final class ReferenceSeries {
  private static final Pattern PERIOD =
      Pattern.compile(".*\\((\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})\\).*");
  private static final Pattern SPAN = Pattern.compile("(\\d{4})-(\\d{4}).*");

  private ReferenceSeries() {}

  /** The rows of {@code register_population_movement.csv}, one per period, coverage and code. */
  public static List<RegisterMovement> register(Path file) throws InputException {
    CsvTable t =
        CsvTable.read(
            file, "movement_period", "coverage", "area_code", "natural_change", "social_change");
    Problems p = new Problems(t.shown());
    List<RegisterMovement> out = new ArrayList<>();
    for (int r = 0; r < t.rows(); r++) {
      String period = t.get(r, "movement_period");
      Matcher m = PERIOD.matcher(period);
      if (!m.matches()) {
        p.add(t.line(r), 0, "movement_period", period, Msg.REGISTER_PERIOD);
        continue;
      }
      Double natural = number(t, r, "natural_change", p);
      Double social = number(t, r, "social_change", p);
      if (natural == null || social == null) {
        continue;
      }
      out.add(
          new RegisterMovement(
              LocalDate.parse(m.group(1)),
              LocalDate.parse(m.group(2)),
              period.split(" ")[0],
              t.get(r, "coverage").split(" ")[0],
              t.get(r, "area_code"),
              natural,
              social));
    }
    p.throwIfAny();
    return out;
  }

  /** The published national TFR by year ({@code tfr_total_published} of the MHLW table). */
  public static NavigableMap<Integer, Double> nationalTfr(Path file) throws InputException {
    CsvTable t = CsvTable.read(file, "year", "tfr_total_published");
    Problems p = new Problems(t.shown());
    NavigableMap<Integer, Double> out = new TreeMap<>();
    for (int r = 0; r < t.rows(); r++) {
      Double year = number(t, r, "year", p);
      Double tfr = number(t, r, "tfr_total_published", p);
      if (year != null && tfr != null) {
        out.put(year.intValue(), tfr);
      }
    }
    p.throwIfAny();
    return out;
  }

  /** The municipal Bayesian TFR estimates ({@code code,name,tfr_bayes,period}). */
  public static List<TfrEstimate> bayesTfr(Path file) throws InputException {
    CsvTable t = CsvTable.read(file, "code", "name", "tfr_bayes", "period");
    Problems p = new Problems(t.shown());
    List<TfrEstimate> out = new ArrayList<>();
    for (int r = 0; r < t.rows(); r++) {
      Double tfr = number(t, r, "tfr_bayes", p);
      Matcher m = SPAN.matcher(t.get(r, "period"));
      if (!m.matches()) {
        p.add(t.line(r), 0, "period", t.get(r, "period"), Msg.CSV_NUMBER);
        continue;
      }
      if (tfr != null) {
        out.add(
            new TfrEstimate(
                t.get(r, "code"),
                t.get(r, "name"),
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                tfr));
      }
    }
    p.throwIfAny();
    return out;
  }

  private static Double number(CsvTable t, int r, String col, Problems p) {
    String s = t.get(r, col).trim();
    try {
      double v = Double.parseDouble(s);
      if (Double.isFinite(v)) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    p.add(t.line(r), 0, col, s, Msg.CSV_NUMBER);
    return null;
  }
}
