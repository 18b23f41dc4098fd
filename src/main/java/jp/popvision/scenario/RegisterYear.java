package jp.popvision.scenario;

import java.time.LocalDate;

/**
 * One year of the resident register's movements (住民基本台帳) for the city: the period it covers, the
 * population coverage ({@code total}, {@code japanese} or {@code foreign}) and the social change
 * (moves in − moves out, including other registrations); the natural change (births − deaths), NaN
 * where the file has none.
 */
public record RegisterYear(
    LocalDate from,
    LocalDate to,
    String label,
    String coverage,
    double socialChange,
    double naturalChange) {

  /** A year without its natural change. */
  public RegisterYear(
      LocalDate from, LocalDate to, String label, String coverage, double socialChange) {
    this(from, to, label, coverage, socialChange, Double.NaN);
  }
}
