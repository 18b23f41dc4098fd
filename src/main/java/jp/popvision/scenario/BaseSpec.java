package jp.popvision.scenario;

/** The base population: a dataset and its year. */
public record BaseSpec(Dataset dataset, int year) {}
