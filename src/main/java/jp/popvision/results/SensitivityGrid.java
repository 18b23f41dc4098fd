package jp.popvision.results;

import java.util.List;

/**
 * A two-way sensitivity grid: indicators in the recorded years for every pair of TFR level and net
 * social change per 5 years. Immutable.
 */
public final class SensitivityGrid {
  /** Indicators recorded in each cell, in this order. */
  public static final List<String> INDICATORS = List.of("total", "age_0_14", "age_65_plus");

  private final double[] tfr;
  private final double[] migration;
  private final int[] years;
  private final double[] values;
  private final double ownTfr;
  private final double ownMigration;
  private final int[] limited;

  /**
   * @param values index ((tfr · migrations + migration) · years + year) · 3 + indicator
   * @param ownTfr the scenario's own TFR level (its point on the grid's plane)
   * @param ownMigration the scenario's own net social change level
   * @param limited per cell and year (index (tfr · migrations + migration) · years + year): the
   *     number of cohorts whose net out-migration was limited at zero up to that year
   */
  public SensitivityGrid(
      double[] tfr,
      double[] migration,
      int[] years,
      double[] values,
      double ownTfr,
      double ownMigration,
      int[] limited) {
    if (values.length != tfr.length * migration.length * years.length * INDICATORS.size()) {
      throw new IllegalArgumentException("grid values do not match its axes");
    }
    if (limited.length != tfr.length * migration.length * years.length) {
      throw new IllegalArgumentException("grid limits do not match its axes");
    }
    this.limited = limited.clone();
    this.tfr = tfr.clone();
    this.migration = migration.clone();
    this.years = years.clone();
    this.values = values.clone();
    this.ownTfr = ownTfr;
    this.ownMigration = ownMigration;
  }

  public int tfrCount() {
    return tfr.length;
  }

  public int migrationCount() {
    return migration.length;
  }

  public double tfr(int i) {
    return tfr[i];
  }

  public double migration(int j) {
    return migration[j];
  }

  public List<Integer> years() {
    return java.util.Arrays.stream(years).boxed().toList();
  }

  public double ownTfr() {
    return ownTfr;
  }

  public double ownMigration() {
    return ownMigration;
  }

  /** Cohorts whose out-migration was limited at zero in the cell's projection up to year y. */
  public int limited(int i, int j, int y) {
    return limited[(i * migration.length + j) * years.length + y];
  }

  /** Cells in which any out-migration was limited up to year index {@code y}. */
  public int limitedCells(int y) {
    int n = 0;
    for (int i = 0; i < tfr.length; i++) {
      for (int j = 0; j < migration.length; j++) {
        if (limited(i, j, y) > 0) {
          n++;
        }
      }
    }
    return n;
  }

  /** The indicator (index into {@link #INDICATORS}) for TFR i, migration j, year index y. */
  public double value(int i, int j, int y, int indicator) {
    return values[((i * migration.length + j) * years.length + y) * INDICATORS.size() + indicator];
  }
}
