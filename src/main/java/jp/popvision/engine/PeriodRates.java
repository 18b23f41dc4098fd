package jp.popvision.engine;

import jp.popvision.model.MigrationTiming;
import jp.popvision.model.Sex;

/** Everything the projection needs for the step from {@code startYear} to startYear + width. */
public record PeriodRates(
    int startYear,
    Survival survivalMale,
    Survival survivalFemale,
    Fertility fertility,
    Migration migration,
    MigrationTiming timing) {

  public Survival survival(Sex sex) {
    return sex == Sex.MALE ? survivalMale : survivalFemale;
  }

  public PeriodRates withMigration(Migration m) {
    return new PeriodRates(startYear, survivalMale, survivalFemale, fertility, m, timing);
  }

  public PeriodRates withFertility(Fertility f) {
    return new PeriodRates(startYear, survivalMale, survivalFemale, f, migration, timing);
  }
}
