package jp.popvision.engine;

import jp.popvision.model.AgeVector;
import jp.popvision.model.Sex;

/**
 * Vital events of one step. Deaths are by age group at the start of the step; {@code birthDeaths*}
 * are births of the step who died before its end. Net migrants are the numbers actually applied
 * (after any limit that kept a cohort from going negative).
 */
public record StepEvents(
    int periodStart,
    int periodEnd,
    double birthsMale,
    double birthsFemale,
    AgeVector deathsMale,
    AgeVector deathsFemale,
    double birthDeathsMale,
    double birthDeathsFemale,
    AgeVector netMigrantsMale,
    AgeVector netMigrantsFemale) {

  public double births() {
    return birthsMale + birthsFemale;
  }

  public double births(Sex sex) {
    return sex == Sex.MALE ? birthsMale : birthsFemale;
  }

  public double deaths() {
    return deathsMale.sum() + deathsFemale.sum() + birthDeathsMale + birthDeathsFemale;
  }

  public double deaths(Sex sex) {
    return sex == Sex.MALE
        ? deathsMale.sum() + birthDeathsMale
        : deathsFemale.sum() + birthDeathsFemale;
  }

  public double netMigration() {
    return netMigrantsMale.sum() + netMigrantsFemale.sum();
  }

  public AgeVector netMigrants(Sex sex) {
    return sex == Sex.MALE ? netMigrantsMale : netMigrantsFemale;
  }
}
