package jp.popvision.scenario;

/**
 * Observed population figures for a census year: the total and, where known, the broad age groups.
 * {@code source} says where they come from.
 */
public record ObservedTotals(
    int year, double total, Double age0to14, Double age15to64, Double age65plus, String source) {}
