package jp.popvision.scenario;

/** A value assumed for a year, e.g. TFR 1.69 in 2020. */
public record Knot(int year, double value) {}
