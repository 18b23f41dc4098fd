package jp.popvision.chart;

import java.util.ArrayList;
import java.util.List;
import jp.popvision.engine.Projection;
import jp.popvision.engine.StepEvents;

/**
 * The bars of {@code components.png}: births, deaths and net migration (社会増減) of each
 * projected period, with natural change (自然増減 = births − deaths) and the total change.
 */
public record ComponentsData(List<Period> periods) {

  /** Events of one period [start, end). Deaths include births of the period who died in it. */
  public record Period(int start, int end, double births, double deaths, double netMigration) {
    public static Period of(StepEvents e) {
      return new Period(e.periodStart(), e.periodEnd(), e.births(), e.deaths(), e.netMigration());
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

  public static ComponentsData of(Projection projection) {
    List<Period> out = new ArrayList<>();
    for (StepEvents e : projection.events()) {
      out.add(Period.of(e));
    }
    return new ComponentsData(out);
  }
}
