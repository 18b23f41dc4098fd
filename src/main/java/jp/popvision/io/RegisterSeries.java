package jp.popvision.io;

import static jp.popvision.io.Cells.number;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The resident register (住民基本台帳) of one area as {@code popvision track} reads it: per period the
 * population at its end, births, deaths and social change ({@link AreaExtras#REGISTER}), and the
 * women by 5-year age at each reference date ({@link #AGE_FILE}), each summed over the file's area
 * codes (the former towns before a merger) and in the widest coverage the period has ({@code total}
 * where foreign residents are included, else {@code japanese}). The file format is in README
 * ("Targets against actuals").
 */
public final class RegisterSeries {
  /** The register population by sex and 5-year age (optional: without it no implied TFR). */
  public static final String AGE_FILE = "register_age5_sex.csv";

  private static final Pattern PERIOD =
      Pattern.compile("(\\S+) \\((\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})\\).*");

  /** One period of movements: {@code label} e.g. {@code CY2021}, population at {@code to}. */
  public record Period(
      String label,
      LocalDate from,
      LocalDate to,
      String coverage,
      double population,
      double births,
      double deaths,
      double social) {
    /** Whether the period is a calendar year (from 2013; fiscal years before). */
    public boolean calendarYear() {
      return from.getMonthValue() == 1 && from.getDayOfMonth() == 1 && to.getYear() == year();
    }

    /** The year the period starts in. */
    public int year() {
      return from.getYear();
    }
  }

  /**
   * The register of an area.
   *
   * @param periods the periods in time order
   * @param women female population by 5-year age group index (0 = 0–4, 3 = 15–19 …) per date
   * @param files the files read (shown names)
   */
  public record Series(
      List<Period> periods, NavigableMap<LocalDate, double[]> women, List<Path> files) {}

  private RegisterSeries() {}

  /**
   * The register directory of area {@code code}: {@code <areaData>/register/<code>/} when the
   * scenario has {@code area_data:} and that directory has the movement file, else the shipped
   * extras ({@link AreaExtras}); null when the area has no register.
   */
  public static Path dir(Path dataDir, Path areaData, String code) {
    if (areaData != null) {
      Path own = areaData.resolve("register").resolve(code);
      if (Files.isRegularFile(own.resolve(AreaExtras.REGISTER))) {
        return own;
      }
    }
    Path shipped = AreaExtras.registerFile(dataDir, code);
    return shipped != null && Files.isRegularFile(shipped) ? shipped.getParent() : null;
  }

  /** Reads the register in {@code dir} (see {@link #dir}). */
  public static Series read(Path dir) throws InputException {
    Path moves = dir.resolve(AreaExtras.REGISTER);
    List<Period> periods = periods(moves);
    List<Path> files = new ArrayList<>(List.of(moves));
    NavigableMap<LocalDate, double[]> women = new TreeMap<>();
    Path ages = dir.resolve(AGE_FILE);
    if (Files.isRegularFile(ages)) {
      women = women(ages);
      files.add(ages);
    }
    return new Series(periods, women, files);
  }

  static List<Period> periods(Path file) throws InputException {
    CsvTable t =
        CsvTable.read(
            file, "movement_period", "coverage", "total", "births", "deaths", "social_change");
    Problems p = new Problems(t.shown());
    // period → coverage → {population, births, deaths, social}
    Map<String, Map<String, double[]>> sums = new TreeMap<>();
    Map<String, String[]> keys = new TreeMap<>();
    for (int r = 0; r < t.rows(); r++) {
      String period = t.get(r, "movement_period").strip();
      Matcher m = PERIOD.matcher(period);
      if (!m.matches()) {
        p.add(t.line(r), 0, "movement_period", period, Msg.REGISTER_PERIOD);
        continue;
      }
      Double pop = number(t, r, "total", p, 0, 1e8);
      Double births = number(t, r, "births", p, 0, 1e7);
      Double deaths = number(t, r, "deaths", p, 0, 1e7);
      Double social = number(t, r, "social_change", p, -1e7, 1e7);
      if (pop == null || births == null || deaths == null || social == null) {
        continue;
      }
      String coverage = t.get(r, "coverage").strip().split(" ")[0];
      String key = m.group(2);
      double[] s =
          sums.computeIfAbsent(key, k -> new TreeMap<>())
              .computeIfAbsent(coverage, k -> new double[4]);
      s[0] += pop;
      s[1] += births;
      s[2] += deaths;
      s[3] += social;
      keys.put(key, new String[] {m.group(1), m.group(2), m.group(3)});
    }
    p.throwIfAny();
    List<Period> out = new ArrayList<>();
    for (var e : sums.entrySet()) {
      String coverage = e.getValue().containsKey("total") ? "total" : "japanese";
      double[] s = e.getValue().get(coverage);
      if (s == null) {
        continue;
      }
      String[] k = keys.get(e.getKey());
      out.add(
          new Period(
              k[0],
              LocalDate.parse(k[1]),
              LocalDate.parse(k[2]),
              coverage,
              s[0],
              s[1],
              s[2],
              s[3]));
    }
    return out;
  }

  static NavigableMap<LocalDate, double[]> women(Path file) throws InputException {
    CsvTable t =
        CsvTable.read(
            file, "reference_date", "coverage", "sex", "age_from", "age_to", "population");
    Problems p = new Problems(t.shown());
    Map<LocalDate, Map<String, double[]>> sums = new TreeMap<>();
    for (int r = 0; r < t.rows(); r++) {
      if (!t.get(r, "sex").strip().equals("female")) {
        continue;
      }
      String from = t.get(r, "age_from").strip();
      String to = t.get(r, "age_to").strip();
      if (from.isEmpty() || to.isEmpty()) {
        continue; // the total and the open age group
      }
      Double a = number(t, r, "age_from", p, 0, 120);
      Double b = number(t, r, "age_to", p, 0, 120);
      Double v = number(t, r, "population", p, 0, 1e8);
      LocalDate date;
      try {
        date = LocalDate.parse(t.get(r, "reference_date").strip());
      } catch (java.time.format.DateTimeParseException e) {
        p.add(t.line(r), 0, "reference_date", t.get(r, "reference_date"), Msg.TRACK_DATE);
        continue;
      }
      if (a == null || b == null || v == null) {
        continue;
      }
      if (a % 5 != 0 || b != a + 4) {
        p.add(t.line(r), 0, "age_from", from, Msg.TRACK_AGE_GROUP);
        continue;
      }
      String coverage = t.get(r, "coverage").strip().split(" ")[0];
      double[] s =
          sums.computeIfAbsent(date, k -> new TreeMap<>())
              .computeIfAbsent(coverage, k -> new double[25]);
      s[(int) (a / 5)] += v;
    }
    p.throwIfAny();
    NavigableMap<LocalDate, double[]> out = new TreeMap<>();
    sums.forEach(
        (d, byCoverage) -> {
          double[] s = byCoverage.containsKey("total") ? byCoverage.get("total") : null;
          if (s == null) {
            s = byCoverage.get("japanese");
          }
          if (s != null) {
            out.put(d, s);
          }
        });
    return out;
  }
}
