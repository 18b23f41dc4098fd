package jp.popvision.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import jp.popvision.model.Population;
import jp.popvision.scenario.AreaInfo;
import jp.popvision.scenario.InputData;
import jp.popvision.scenario.ObservedTotals;

/**
 * The data of one or many areas as {@link InputData}: the area's rows of the census, IPSS 2018,
 * IPSS 2023 and Bayesian TFR tables (only those rows are parsed), its extras (朝倉市's register) and
 * the national tables, which all areas share.
 */
public final class AreaData {
  private AreaData() {}

  /** The data of {@code area} (null: no area, national tables only) in {@code dataDir}. */
  public static InputData read(Path dataDir, AreaCatalog.Area area) throws InputException {
    return read(dataDir, area, () -> NationalTables.read(dataDir));
  }

  /**
   * The same with the national tables of {@code dataDir} from {@code national}, asked for after the
   * area's own tables are read (so that they can be read on another thread meanwhile).
   */
  public static InputData read(Path dataDir, AreaCatalog.Area area, NationalTables.Source national)
      throws InputException {
    if (area == null) {
      return inputs(national.get(), null, new Parts(), List.of(), dataDir);
    }
    return readAll(dataDir, List.of(area), national).get(area.code());
  }

  /** The rows of some areas of a table, by area code. */
  private static final class Parts {
    Map<String, NavigableMap<Integer, Population>> census = Map.of();
    Map<String, NavigableMap<Integer, Double>> censusTotals = Map.of();
    Map<String, NavigableMap<Integer, Population>> ipssH30 = Map.of();
    AreaTotals.Read r5 = new AreaTotals.Read(Map.of(), Map.of());
    Map<String, Double> tfr = Map.of();
    final Set<String> files = new LinkedHashSet<>();
  }

  /**
   * The data of each of {@code areas} (by code, in their order), reading each table once for all of
   * them and the national tables once ({@code national}).
   */
  public static Map<String, InputData> readAll(
      Path dataDir, List<AreaCatalog.Area> areas, NationalTables.Tables national)
      throws InputException {
    return readAll(dataDir, areas, () -> national);
  }

  /**
   * The same with the national tables from {@code national}, asked for once the areas' own tables
   * are read; the problems of both are reported together, the national tables' first.
   */
  public static Map<String, InputData> readAll(
      Path dataDir, List<AreaCatalog.Area> areas, NationalTables.Source national)
      throws InputException {
    Map<Path, Set<String>> byDir = new LinkedHashMap<>();
    for (AreaCatalog.Area a : areas) {
      byDir.computeIfAbsent(a.dir(), d -> new LinkedHashSet<>()).add(a.code());
    }
    List<Problem> problems = new ArrayList<>();
    Map<Path, Parts> parts = new LinkedHashMap<>();
    for (var e : byDir.entrySet()) {
      try {
        parts.put(e.getKey(), parts(dataDir, e.getKey(), e.getValue(), areas.size() == 1));
      } catch (InputException x) {
        problems.addAll(x.problems());
      }
    }
    Map<String, AreaExtras.Extras> extras = new LinkedHashMap<>();
    for (AreaCatalog.Area a : areas) {
      if (parts.containsKey(a.dir())) {
        try {
          extras.put(a.code(), AreaExtras.read(dataDir, a.code()));
        } catch (InputException x) {
          problems.addAll(x.problems());
        }
      }
    }
    NationalTables.Tables n = null;
    try {
      n = national.get();
    } catch (InputException x) {
      problems.addAll(0, x.problems());
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    Map<String, InputData> out = new LinkedHashMap<>();
    for (AreaCatalog.Area a : areas) {
      AreaExtras.Extras x = extras.get(a.code());
      if (x != null) {
        out.put(a.code(), inputs(n, a, parts.get(a.dir()), x.files(), dataDir, x));
      }
    }
    return out;
  }

  /**
   * Census totals by year of {@code areas} (by code): the census by age (1980–2015, ages plus age
   * unknown) and the 2020 count of IPSS 2023.
   */
  public static Map<String, NavigableMap<Integer, Double>> censusTotals(
      Path dataDir, List<AreaCatalog.Area> areas) throws InputException {
    Map<Path, Set<String>> byDir = new LinkedHashMap<>();
    for (AreaCatalog.Area a : areas) {
      byDir.computeIfAbsent(a.dir(), d -> new LinkedHashSet<>()).add(a.code());
    }
    Map<String, NavigableMap<Integer, Double>> out = new TreeMap<>();
    for (var e : byDir.entrySet()) {
      Parts p = parts(dataDir, e.getKey(), e.getValue(), false);
      for (String code : e.getValue()) {
        NavigableMap<Integer, Double> t = new TreeMap<>(of(p.censusTotals, code));
        t.putAll(of(p.r5.census(), code));
        out.put(code, t);
      }
    }
    return out;
  }

  private static Parts parts(Path dataDir, Path dir, Set<String> codes, boolean one)
      throws InputException {
    Set<String> only = one ? codes : codes.size() > 200 ? null : codes;
    Parts p = new Parts();
    List<Problem> problems = new ArrayList<>();
    try {
      AreaPopulations.Read c = AreaPopulations.read(dir.resolve(AreaCatalog.CENSUS), only);
      p.census = c.populations();
      p.censusTotals = c.totals();
      p.files.add(shown(dataDir, dir.resolve(AreaCatalog.CENSUS)));
    } catch (InputException e) {
      problems.addAll(e.problems());
    }
    try {
      Path f = dir.resolve(AreaCatalog.IPSS_H30);
      if (Files.isRegularFile(f)) {
        p.ipssH30 = AreaPopulations.read(f, only).populations();
        p.files.add(shown(dataDir, f));
      }
      f = dir.resolve(AreaCatalog.IPSS_R5);
      if (Files.isRegularFile(f)) {
        p.r5 = AreaTotals.read(f, only);
        p.files.add(shown(dataDir, f));
      }
      f = dir.resolve(AreaCatalog.TFR);
      if (Files.isRegularFile(f)) {
        p.tfr = AreaTotals.readTfr(f, only);
        p.files.add(shown(dataDir, f));
      }
    } catch (InputException e) {
      problems.addAll(e.problems());
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return p;
  }

  /** A data file as the manifest names it: relative to the data directory when inside it. */
  private static String shown(Path dataDir, Path file) {
    Path d = dataDir.toAbsolutePath().normalize();
    Path f = file.toAbsolutePath().normalize();
    return f.startsWith(d) ? d.relativize(f).toString().replace('\\', '/') : f.toString();
  }

  private static <V> NavigableMap<Integer, V> of(
      Map<String, NavigableMap<Integer, V>> byArea, String code) {
    NavigableMap<Integer, V> m = byArea.get(code);
    return m == null ? new TreeMap<>() : m;
  }

  private static InputData inputs(
      NationalTables.Tables n, AreaCatalog.Area a, Parts p, List<String> extraFiles, Path dataDir) {
    return inputs(n, a, p, extraFiles, dataDir, null);
  }

  private static InputData inputs(
      NationalTables.Tables n,
      AreaCatalog.Area a,
      Parts p,
      List<String> extraFiles,
      Path dataDir,
      AreaExtras.Extras extras) {
    String code = a == null ? "" : a.code();
    NavigableMap<Integer, Population> census = of(p.census, code);
    NavigableMap<Integer, Population> h30 = of(p.ipssH30, code);
    NavigableMap<Integer, Double> totals = new TreeMap<>(of(p.censusTotals, code));
    totals.putAll(of(p.r5.census(), code));
    NavigableMap<Integer, ObservedTotals> r5 = new TreeMap<>();
    if (extras != null && !extras.ipssR5().isEmpty()) {
      r5.putAll(extras.ipssR5());
    } else {
      of(p.r5.projection(), code)
          .forEach((y, t) -> r5.put(y, new ObservedTotals(y, t, null, null, null, "ipss_r5")));
    }
    List<String> files = new ArrayList<>(p.files);
    files.addAll(extraFiles);
    files.addAll(NationalTables.FILES);
    return new InputData(
        census,
        h30,
        n.lifeTables(),
        n.wppFertilityPattern(),
        n.wppSrb(),
        n.mhlwFertilityPattern(),
        observed(census, totals, r5),
        r5,
        extras == null ? List.of() : extras.register(),
        Map.of(),
        a == null ? null : new AreaInfo(a.code(), a.prefecture(), a.name()),
        a == null ? null : p.tfr.get(code),
        files);
  }

  /**
   * Census figures by year: broad age groups from the census by age (unknown ages distributed)
   * where it exists; for a year with only a total (2020), the broad age groups of the IPSS 2023
   * base, which is that census with unknown ages completed, when its total agrees.
   */
  public static NavigableMap<Integer, ObservedTotals> observed(
      NavigableMap<Integer, Population> census,
      NavigableMap<Integer, Double> totals,
      NavigableMap<Integer, ObservedTotals> ipssR5) {
    NavigableMap<Integer, ObservedTotals> out = new TreeMap<>();
    for (var e : totals.entrySet()) {
      int year = e.getKey();
      Population p = census.get(year);
      if (p != null) {
        out.put(
            year,
            new ObservedTotals(
                year,
                e.getValue(),
                p.sumAges(0, 14),
                p.sumAges(15, 64),
                p.sumAges(65, -1),
                "census"));
      } else {
        ObservedTotals r5 = ipssR5.get(year);
        if (r5 != null && r5.age0to14() != null && Math.abs(r5.total() - e.getValue()) < 0.5) {
          out.put(
              year,
              new ObservedTotals(
                  year,
                  e.getValue(),
                  r5.age0to14(),
                  r5.age15to64(),
                  r5.age65plus(),
                  "census_total_ipss_r5_ages"));
        } else {
          out.put(year, new ObservedTotals(year, e.getValue(), null, null, null, "census_total"));
        }
      }
    }
    return out;
  }
}
