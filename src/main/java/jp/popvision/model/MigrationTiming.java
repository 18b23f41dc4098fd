package jp.popvision.model;

/**
 * When net migrants of a period enter the population.
 *
 * <p>END: all migrants are added after survival, at the end of the period. EVEN: half are added to
 * their age group at the start of the period (exposed to survival and fertility) and half at the
 * end, as in Preston, Heuveline and Guillot (2001), Box 6.2.
 */
public enum MigrationTiming {
  END,
  EVEN
}
