package jp.popvision.scenario;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.function.Supplier;
import jp.popvision.engine.LifeTables;
import jp.popvision.engine.Survival;
import jp.popvision.model.AgeGroups;
import jp.popvision.model.Population;

/**
 * What the steps of {@link ScenarioResolver} share: the scenario, the input data, the age groups,
 * the notes collected so far (in order), and the data lookups that turn a missing population or
 * table into a {@link ResolveException} at the scenario key that asked for it. Pure.
 */
final class ResolveContext {
  final ScenarioSpec spec;
  final InputData data;
  final AgeGroups groups;
  final Set<Note> notes = new LinkedHashSet<>();

  ResolveContext(ScenarioSpec spec, InputData data, AgeGroups groups) {
    this.spec = spec;
    this.data = data;
    this.groups = groups;
  }

  Population population(Dataset d, int year, String key) {
    return population(data, d, year, key);
  }

  private static Population population(InputData data, Dataset d, int year, String key) {
    Population p = series(data, d, key).get(year);
    if (p == null) {
      throw new ResolveException(
          key,
          ResolveException.Reason.NO_POPULATION,
          "dataset " + d.key(),
          year,
          data.populations(d).keySet());
    }
    return p;
  }

  NavigableMap<Integer, Population> series(Dataset d, String key) {
    return series(data, d, key);
  }

  /**
   * The populations of dataset {@code d} for the scenario's area, never empty: without an area (a
   * {@code base.file} alone) or for an area the dataset does not cover, a problem at {@code key}
   * that names the area.
   */
  static NavigableMap<Integer, Population> series(InputData data, Dataset d, String key) {
    NavigableMap<Integer, Population> s = data.populations(d);
    if (!s.isEmpty()) {
      return s;
    }
    if (data.area() == null) {
      throw new ResolveException(key, ResolveException.Reason.NO_AREA, key);
    }
    String hint =
        d == Dataset.IPSS_H30 && data.area().code().startsWith("07") ? "fukushima" : "other";
    throw new ResolveException(
        key, ResolveException.Reason.AREA_NO_DATASET, data.area().label(), d.key(), hint);
  }

  /**
   * A rate or ratio derived from the area's populations; an age group without persons (a very small
   * area) makes it undefined: a problem at {@code key} naming the area and year.
   */
  <T> T derived(String key, int year, Supplier<T> work) {
    try {
      return work.get();
    } catch (IllegalArgumentException e) {
      throw new ResolveException(
          key,
          ResolveException.Reason.EMPTY_GROUP,
          data.area() == null ? spec.base().describe() : data.area().label(),
          year,
          year + groups.width());
    }
  }

  /** The base population: from the shipped dataset or from the scenario's own file. */
  static Population basePopulation(InputData data, BaseSpec base) {
    if (base.file() == null) {
      return population(data, base.dataset(), base.year(), "base.year");
    }
    NavigableMap<Integer, Population> file = data.baseFiles().get(base.file().path());
    if (file == null) {
      throw new IllegalStateException(
          "base file " + base.file().path() + " was not read into the input data");
    }
    Population p = file.get(base.year());
    if (p == null) {
      throw new ResolveException(
          "base.year",
          ResolveException.Reason.NO_POPULATION,
          base.file().shown(),
          base.year(),
          file.keySet());
    }
    return p;
  }

  LifeTable lifeTable(int t) {
    return held(data.lifeTables(), t, "WPP 2024 life tables", "mortality.life_table");
  }

  Survival survivalMale(LifeTable table) {
    return LifeTables.survival(table.nLxMale().toArray(), table.l0(), groups);
  }

  Survival survivalFemale(LifeTable table) {
    return LifeTables.survival(table.nLxFemale().toArray(), table.l0(), groups);
  }

  /** A number of persons as the notes show it: whole persons with a thousands separator. */
  static String persons(double v) {
    return String.format(java.util.Locale.ROOT, "%,.0f", v);
  }

  /** The entry for {@code t}, or the last one before it (with a note); none before → error. */
  <T> T held(NavigableMap<Integer, T> table, int t, String what, String key) {
    Map.Entry<Integer, T> e = table.floorEntry(t);
    if (e == null) {
      throw new ResolveException(
          key,
          ResolveException.Reason.TABLE_STARTS_LATER,
          "WPP 2024 (" + key + ")",
          table.firstKey(),
          t);
    }
    if (e.getKey() != t) {
      notes.add(
          Note.of(Note.Kind.TABLE_HELD, key, table.lastKey(), table.lastKey() + groups.width()));
    }
    return e.getValue();
  }
}
