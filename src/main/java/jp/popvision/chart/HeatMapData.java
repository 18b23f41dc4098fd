package jp.popvision.chart;

import java.util.ArrayList;
import java.util.List;
import jp.popvision.results.SensitivityGrid;

/**
 * The data of {@code heatmap_<year>.png}: the total population in one year over the grid of TFR
 * level × net social change, contour lines at given populations, and the scenario's own point.
 *
 * <p>Contours are traced by marching squares (Lorensen and Cline 1987, in two dimensions) on the
 * grid's cells with linear interpolation along cell edges; a saddle cell (two opposite corners
 * above the level, two below) is resolved by the value at the cell's centre (the mean of its
 * corners). Every segment end lies on a cell edge where the linearly interpolated value equals the
 * level (tested).
 */
public final class HeatMapData {
  private final SensitivityGrid grid;
  private final int yearIndex;
  private final List<Double> contours;
  private final List<Segment> segments;
  private final double ownValue;
  private final int tfrFromYear;
  private final int migrationFromYear;

  /** One piece of a contour line, in data coordinates (TFR, migration). */
  public record Segment(
      double level, double tfr1, double migration1, double tfr2, double migration2) {}

  /**
   * @param grid the grid (indicator {@code total} is drawn)
   * @param year one of the grid's years
   * @param contours populations at which to draw contour lines
   * @param ownValue the total of the scenario's own run in {@code year}
   * @param tfrFromYear the year the TFR level is reached (for the axis title)
   * @param migrationFromYear the year from which the migration level applies
   */
  public HeatMapData(
      SensitivityGrid grid,
      int year,
      List<Double> contours,
      double ownValue,
      int tfrFromYear,
      int migrationFromYear) {
    this.tfrFromYear = tfrFromYear;
    this.migrationFromYear = migrationFromYear;
    this.grid = grid;
    this.yearIndex = grid.years().indexOf(year);
    if (yearIndex < 0) {
      throw new IllegalArgumentException("the grid has no year " + year);
    }
    if (grid.tfrCount() < 2 || grid.migrationCount() < 2) {
      throw new IllegalArgumentException("a heat map needs at least two values on each axis");
    }
    this.contours = List.copyOf(contours);
    this.ownValue = ownValue;
    List<Segment> s = new ArrayList<>();
    for (double level : this.contours) {
      trace(level, s);
    }
    this.segments = List.copyOf(s);
  }

  public int year() {
    return grid.years().get(yearIndex);
  }

  public SensitivityGrid grid() {
    return grid;
  }

  /** The total at TFR index i, migration index j. */
  public double value(int i, int j) {
    return grid.value(i, j, yearIndex, 0);
  }

  /** Cohorts limited at zero up to this map's year in cell (i, j). */
  public int limited(int i, int j) {
    return grid.limited(i, j, yearIndex);
  }

  /** Cells with any limit up to this map's year. */
  public int limitedCells() {
    return grid.limitedCells(yearIndex);
  }

  public List<Double> contours() {
    return contours;
  }

  public List<Segment> segments() {
    return segments;
  }

  public double ownValue() {
    return ownValue;
  }

  public int tfrFromYear() {
    return tfrFromYear;
  }

  public int migrationFromYear() {
    return migrationFromYear;
  }

  public double min() {
    double m = Double.POSITIVE_INFINITY;
    for (int i = 0; i < grid.tfrCount(); i++) {
      for (int j = 0; j < grid.migrationCount(); j++) {
        m = Math.min(m, value(i, j));
      }
    }
    return m;
  }

  public double max() {
    double m = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < grid.tfrCount(); i++) {
      for (int j = 0; j < grid.migrationCount(); j++) {
        m = Math.max(m, value(i, j));
      }
    }
    return m;
  }

  public String fileName() {
    return "heatmap_" + year() + ".png";
  }

  // ---- marching squares

  private void trace(double level, List<Segment> out) {
    for (int i = 0; i + 1 < grid.tfrCount(); i++) {
      for (int j = 0; j + 1 < grid.migrationCount(); j++) {
        square(level, i, j, out);
      }
    }
  }

  /** The contour segments at {@code level} in the grid square with lower-left corner (i, j). */
  private void square(double level, int i, int j, List<Segment> out) {
    // corners counter-clockwise: a (i, j), b (i, j+1), c (i+1, j+1), d (i+1, j)
    double va = value(i, j);
    double vb = value(i, j + 1);
    double vc = value(i + 1, j + 1);
    double vd = value(i + 1, j);
    int code =
        (va >= level ? 1 : 0)
            | (vb >= level ? 2 : 0)
            | (vc >= level ? 4 : 0)
            | (vd >= level ? 8 : 0);
    if (code == 0 || code == 15) {
      return;
    }
    // crossing points on the four edges: ab (bottom: tfr i), bc (migration j+1), cd (tfr i+1),
    // da (migration j)
    double t0 = grid.tfr(i);
    double t1 = grid.tfr(i + 1);
    double m0 = grid.migration(j);
    double m1 = grid.migration(j + 1);
    double[] ab = cross(level, va, vb, t0, m0, t0, m1);
    double[] bc = cross(level, vb, vc, t0, m1, t1, m1);
    double[] cd = cross(level, vc, vd, t1, m1, t1, m0);
    double[] da = cross(level, vd, va, t1, m0, t0, m0);
    boolean centreAbove = (va + vb + vc + vd) / 4 >= level;
    switch (code) {
      case 1, 14 -> add(out, level, da, ab);
      case 2, 13 -> add(out, level, ab, bc);
      case 3, 12 -> add(out, level, da, bc);
      case 4, 11 -> add(out, level, bc, cd);
      case 6, 9 -> add(out, level, ab, cd);
      case 7, 8 -> add(out, level, cd, da);
      // saddles: a and c above (5), b and d above (10); the centre decides how they join
      case 5, 10 -> {
        if (centreAbove == (code == 5)) {
          add(out, level, ab, bc);
          add(out, level, cd, da);
        } else {
          add(out, level, da, ab);
          add(out, level, bc, cd);
        }
      }
      default -> throw new IllegalStateException("case " + code);
    }
  }

  private static double[] cross(
      double level, double v1, double v2, double t1, double m1, double t2, double m2) {
    double f = v2 == v1 ? 0.5 : (level - v1) / (v2 - v1);
    f = Math.max(0, Math.min(1, f));
    return new double[] {t1 + f * (t2 - t1), m1 + f * (m2 - m1)};
  }

  private static void add(List<Segment> out, double level, double[] p, double[] q) {
    out.add(new Segment(level, p[0], p[1], q[0], q[1]));
  }
}
