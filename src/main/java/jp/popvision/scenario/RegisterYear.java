package jp.popvision.scenario;

import java.time.LocalDate;

/**
 * One year of the resident register's movements (住民基本台帳) for the city: the period it covers, the
 * population coverage ({@code total}, {@code japanese} or {@code foreign}) and the social change
 * (moves in − moves out, including other registrations).
 */
public record RegisterYear(
    LocalDate from, LocalDate to, String label, String coverage, double socialChange) {}
