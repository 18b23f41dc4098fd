package jp.popvision.scenario;

/**
 * A published total fertility rate of one area over a span of years, e.g. the Bayesian estimate of
 * 朝倉市 for 2008–2012 (人口動態保健所・市区町村別統計).
 *
 * @param code the area's local-government code (5 digits)
 * @param name the area's name
 * @param fromYear first year of the span
 * @param toYear last year of the span
 * @param tfr children per woman
 */
public record TfrEstimate(String code, String name, int fromYear, int toYear, double tfr) {}
