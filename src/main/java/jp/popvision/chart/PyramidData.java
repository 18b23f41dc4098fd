package jp.popvision.chart;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.popvision.engine.Projection;
import jp.popvision.model.AgeGroups;
import jp.popvision.model.AgeVector;
import jp.popvision.model.Population;

/**
 * The bars of {@code pyramid_<year>.png}: population by sex and age group at {@code year}, the
 * base-year population drawn as an outline for comparison (null on the base year itself), and the
 * half-width of the x axis in persons, shared by every pyramid of a run so that they can be
 * compared side by side.
 */
public record PyramidData(Population population, Population outline, double scaleMax) {

  /** Years drawn besides the base year and the horizon end (when inside the projection). */
  public static final List<Integer> KEY_YEARS = List.of(2045);

  public PyramidData {
    if (outline != null && !outline.groups().equals(population.groups())) {
      throw new IllegalArgumentException("outline age groups differ from the population's");
    }
    if (!(scaleMax > 0)) {
      throw new IllegalArgumentException("scale must be positive, was " + scaleMax);
    }
  }

  public int year() {
    return population.year();
  }

  public AgeGroups groups() {
    return population.groups();
  }

  public AgeVector male() {
    return population.male();
  }

  public AgeVector female() {
    return population.female();
  }

  /** The file name, e.g. {@code pyramid_2045.png}. */
  public String fileName() {
    return "pyramid_" + year() + ".png";
  }

  /** The years drawn for a projection: base, {@link #KEY_YEARS} inside it, horizon end. */
  public static List<Integer> years(Projection projection) {
    Set<Integer> years = new LinkedHashSet<>();
    years.add(projection.base().year());
    for (int y : KEY_YEARS) {
      if (projection.at(y) != null) {
        years.add(y);
      }
    }
    years.add(projection.last().year());
    return List.copyOf(years);
  }

  /**
   * Pyramids of {@code projection} at {@code years} (each must be a projected instant), with the
   * base year as outline and one scale: the largest group of either sex over these years and the
   * base, rounded up to a tick step.
   */
  public static List<PyramidData> of(Projection projection, List<Integer> years) {
    Population base = projection.base();
    double max = largestGroup(base);
    List<Population> pops = new ArrayList<>();
    for (int y : years) {
      Population p = projection.at(y);
      if (p == null) {
        throw new IllegalArgumentException(
            "no projected population for "
                + y
                + " (projection covers "
                + base.year()
                + "–"
                + projection.last().year()
                + ")");
      }
      pops.add(p);
      max = Math.max(max, largestGroup(p));
    }
    double scale = Ticks.niceCeiling(max);
    List<PyramidData> out = new ArrayList<>();
    for (Population p : pops) {
      out.add(new PyramidData(p, p.year() == base.year() ? null : base, scale));
    }
    return out;
  }

  static double largestGroup(Population p) {
    double m = 0;
    for (int i = 0; i < p.groups().count(); i++) {
      m = Math.max(m, Math.max(p.male().get(i), p.female().get(i)));
    }
    return m;
  }
}
