package jp.popvision.chart;

import java.util.ArrayList;
import java.util.List;
import jp.popvision.engine.MigrationLimit;
import jp.popvision.engine.Projection;
import jp.popvision.engine.StepEvents;

/**
 * The bars of {@code components.png}: births, deaths and net migration (社会増減) of each projected
 * period, with natural change (自然増減 = births − deaths) and the total change.
 */
public record ComponentsData(List<Period> periods) {

  /**
   * Events of one period [start, end). Deaths include births of the period who died in it; {@code
   * limited} says net out-migration was reduced in the period so that no cohort went below zero
   * (the net migration is the one applied).
   */
  public record Period(
      int start, int end, double births, double deaths, double netMigration, boolean limited) {
    public static Period of(StepEvents e, boolean limited) {
      return new Period(
          e.periodStart(), e.periodEnd(), e.births(), e.deaths(), e.netMigration(), limited);
    }

    /** 自然増減: births − deaths. */
    public double naturalChange() {
      return births - deaths;
    }

    /** 社会増減: net migration. */
    public double socialChange() {
      return netMigration;
    }

    /** Population change over the period: natural + social change. */
    public double totalChange() {
      return naturalChange() + socialChange();
    }

    /** A short label such as {@code 2015–20}. */
    public String label() {
      return start + "–" + String.format(java.util.Locale.ROOT, "%02d", end % 100);
    }
  }

  public ComponentsData {
    periods = List.copyOf(periods);
  }

  /** Whether net migration was limited in any period. */
  public boolean anyLimited() {
    return periods.stream().anyMatch(Period::limited);
  }

  public static ComponentsData of(Projection projection) {
    List<Period> out = new ArrayList<>();
    for (StepEvents e : projection.events()) {
      boolean limited = false;
      for (MigrationLimit l : projection.limits()) {
        limited |= l.periodStart() == e.periodStart();
      }
      out.add(Period.of(e, limited));
    }
    return new ComponentsData(out);
  }
}
