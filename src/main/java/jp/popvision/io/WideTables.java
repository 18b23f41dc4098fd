package jp.popvision.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import jp.popvision.engine.Projection;
import jp.popvision.engine.StepEvents;
import jp.popvision.model.Population;
import jp.popvision.results.Indicators;
import jp.popvision.results.NamedProjection;

/**
 * The tables a planner pastes into the 人口ビジョン, built from projections (pure; no files): persons
 * rounded to whole persons, shares in percent, headers in the chosen language. The workbook of
 * {@code --excel} and the HTML report show the same tables.
 */
public final class WideTables {
  /** The years of the headline table: 2020, 2025, …, 2070. */
  public static final List<Integer> HEADLINE_YEARS =
      List.of(2020, 2025, 2030, 2035, 2040, 2045, 2050, 2055, 2060, 2065, 2070);

  private WideTables() {}

  /** One indicator of a population: its label and how to compute the cell. */
  private record Measure(Msg label, Function<Indicators, Object> cell) {}

  private static final List<Measure> MEASURES =
      List.of(
          new Measure(Msg.WT_TOTAL, x -> WideTable.Persons.of(x.total())),
          new Measure(Msg.WT_AGE_0_14, x -> WideTable.Persons.of(x.age0to14())),
          new Measure(Msg.WT_AGE_15_64, x -> WideTable.Persons.of(x.age15to64())),
          new Measure(Msg.WT_AGE_65_PLUS, x -> WideTable.Persons.of(x.age65plus())),
          new Measure(Msg.WT_SHARE_65_PLUS, x -> WideTable.Percent.ofShare(x.share65plus())));

  /**
   * The headline table: one row of total population and one of 高齢化率 per scenario, one column per
   * year of {@code years} (empty where a projection has no such year). {@code titles} maps a
   * scenario name to its title (missing: the name alone).
   */
  public static WideTable headline(
      List<NamedProjection> runs, Map<String, String> titles, List<Integer> years, Lang lang) {
    List<String> header = new ArrayList<>();
    header.add(Msg.WT_SCENARIO.template(lang));
    header.add(Msg.WT_TITLE.template(lang));
    header.add(Msg.WT_INDICATOR.template(lang));
    for (int y : years) {
      header.add(Msg.WT_YEAR.render(lang, y));
    }
    List<List<Object>> rows = new ArrayList<>();
    for (NamedProjection r : runs) {
      for (Measure m : List.of(MEASURES.get(0), MEASURES.get(4))) {
        List<Object> row = new ArrayList<>();
        row.add(r.name());
        row.add(titles.getOrDefault(r.name(), ""));
        row.add(m.label().template(lang));
        for (int y : years) {
          Population p = r.projection().at(y);
          row.add(p == null ? null : m.cell().apply(Indicators.of(p)));
        }
        rows.add(row);
      }
    }
    return new WideTable(
        Msg.WT_SHEET_HEADLINE.template(lang), Msg.WT_CAPTION_HEADLINE.template(lang), header, rows);
  }

  /** {@link #headline} for {@link #HEADLINE_YEARS}. */
  public static WideTable headline(
      List<NamedProjection> runs, Map<String, String> titles, Lang lang) {
    return headline(runs, titles, HEADLINE_YEARS, lang);
  }

  /**
   * 年次 × シナリオ: one table per indicator (総人口, 年少人口, 生産年齢人口, 老年人口, 高齢化率), one row per year of any
   * projection, one column per scenario.
   */
  public static List<WideTable> byYear(List<NamedProjection> runs, Lang lang) {
    TreeSet<Integer> years = new TreeSet<>();
    for (NamedProjection r : runs) {
      r.projection().populations().forEach(p -> years.add(p.year()));
    }
    List<WideTable> tables = new ArrayList<>();
    for (Measure m : MEASURES) {
      List<String> header = new ArrayList<>();
      header.add(Msg.WT_YEAR_HEADER.template(lang));
      runs.forEach(r -> header.add(r.name()));
      List<List<Object>> rows = new ArrayList<>();
      for (int y : years) {
        List<Object> row = new ArrayList<>();
        row.add(Msg.WT_YEAR.render(lang, y));
        for (NamedProjection r : runs) {
          Population p = r.projection().at(y);
          row.add(p == null ? null : m.cell().apply(Indicators.of(p)));
        }
        rows.add(row);
      }
      String label = m.label().template(lang);
      tables.add(new WideTable(label, Msg.WT_CAPTION_BY_YEAR.render(lang, label), header, rows));
    }
    return tables;
  }

  /**
   * One projection: 年次 × indicators (総人口, 男, 女, the three age groups, 75+, 高齢化率) and the components
   * of change per period (births, deaths, natural change, net migration).
   */
  public static List<WideTable> projection(String name, Projection projection, Lang lang) {
    List<String> header = new ArrayList<>();
    header.add(Msg.WT_YEAR_HEADER.template(lang));
    for (Msg m :
        List.of(
            Msg.WT_TOTAL,
            Msg.WT_MALE,
            Msg.WT_FEMALE,
            Msg.WT_AGE_0_14,
            Msg.WT_AGE_15_64,
            Msg.WT_AGE_65_PLUS,
            Msg.WT_AGE_75_PLUS,
            Msg.WT_SHARE_65_PLUS)) {
      header.add(m.template(lang));
    }
    List<List<Object>> rows = new ArrayList<>();
    for (Population p : projection.populations()) {
      Indicators x = Indicators.of(p);
      rows.add(
          List.of(
              Msg.WT_YEAR.render(lang, x.year()),
              WideTable.Persons.of(x.total()),
              WideTable.Persons.of(x.male()),
              WideTable.Persons.of(x.female()),
              WideTable.Persons.of(x.age0to14()),
              WideTable.Persons.of(x.age15to64()),
              WideTable.Persons.of(x.age65plus()),
              WideTable.Persons.of(x.age75plus()),
              WideTable.Percent.ofShare(x.share65plus())));
    }
    WideTable summary =
        new WideTable(
            Msg.WT_SHEET_SUMMARY.template(lang),
            Msg.WT_CAPTION_SUMMARY.render(lang, name),
            header,
            rows);
    return List.of(summary, components(name, projection, lang));
  }

  private static WideTable components(String name, Projection projection, Lang lang) {
    List<String> header = new ArrayList<>();
    header.add(Msg.WT_PERIOD.template(lang));
    for (Msg m : List.of(Msg.WT_BIRTHS, Msg.WT_DEATHS, Msg.WT_NATURAL, Msg.WT_NET_MIGRATION)) {
      header.add(m.template(lang));
    }
    List<List<Object>> rows = new ArrayList<>();
    for (StepEvents e : projection.events()) {
      rows.add(
          List.of(
              Msg.WT_PERIOD_RANGE.render(lang, e.periodStart(), e.periodEnd()),
              WideTable.Persons.of(e.births()),
              WideTable.Persons.of(e.deaths()),
              WideTable.Persons.of(e.births() - e.deaths()),
              WideTable.Persons.of(e.netMigration())));
    }
    return new WideTable(
        Msg.WT_SHEET_COMPONENTS.template(lang),
        Msg.WT_CAPTION_COMPONENTS.render(lang, name),
        header,
        rows);
  }
}
