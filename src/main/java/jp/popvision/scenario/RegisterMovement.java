package jp.popvision.scenario;

import java.time.LocalDate;

/**
 * One period of the resident register's movements (住民基本台帳人口移動) for one area code: the period it
 * covers, its label ({@code FY2010}, {@code CY2013}), the population coverage ({@code total},
 * {@code japanese} or {@code foreign}), the natural change (births − deaths) and the social change
 * (moves in − moves out, including other registrations), in persons.
 */
public record RegisterMovement(
    LocalDate from,
    LocalDate to,
    String label,
    String coverage,
    String areaCode,
    double naturalChange,
    double socialChange) {}
