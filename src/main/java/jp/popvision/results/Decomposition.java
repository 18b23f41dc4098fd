package jp.popvision.results;

import java.util.List;

/**
 * The difference in total population at {@code year} between a scenario and a reference, split into
 * named parts that add up to it.
 */
public record Decomposition(
    String scenario,
    String reference,
    int year,
    double difference,
    List<String> factors,
    double[] parts) {}
