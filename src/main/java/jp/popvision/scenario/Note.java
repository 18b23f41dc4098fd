package jp.popvision.scenario;

import java.util.List;

/**
 * Something the resolver did that the planner should know (a calibration, a table held beyond its
 * end). The text is chosen where it is shown ({@code io.Msg}, {@code NOTE_} + the kind's name),
 * like {@link ResolveException.Reason}; arguments are numbers already formatted or keys.
 */
public record Note(Kind kind, List<Object> args) {
  public Note {
    args = List.copyOf(args);
  }

  public static Note of(Kind kind, Object... args) {
    return new Note(kind, List.of(args));
  }

  // equals and hashCode written out, as a record would have them: the generated ones are linked
  // through invokedynamic at their first call, which cost a run about 15 ms of start-up (issue 15)
  @Override
  public boolean equals(Object o) {
    return o instanceof Note n && kind == n.kind && args.equals(n.args);
  }

  @Override
  public int hashCode() {
    return 31 * kind.hashCode() + args.hashCode();
  }

  /** What a note says (io.Msg has {@code NOTE_<name>} in both languages). */
  public enum Kind {
    /** period start, year, observed total, net migration solved, net migration assumed. */
    CALIBRATED_COUNTS,
    /** period start, year, observed total, net migration solved, rate multiplier. */
    CALIBRATED_RATES,
    /** period start, year, observed total, net migration solved, shift added to every rate. */
    CALIBRATED_SHIFT,
    /** scenario key, first year of the table's last period, first year held. */
    TABLE_HELD,
    /** source, last year, held after. */
    CWR_HELD,
    /** no arguments: with the child-woman ratio the 0–4 share of net migrants is not applied. */
    CWR_MIGRATION_0_4,
    /** source, period start, period end. */
    COHORT_HELD,
    /** rates' period start and end, net they give, period start and end, factor, level. */
    RATES_SCALED,
    /** pooled ratio, years pooled, number of census intervals (basis: register). */
    REGISTER_BASIS,
    /** area label, its Bayesian TFR (a TFR knot written {@code area}). */
    TFR_AREA,
    /** base year, calibration year ({@code calibration.history: shared}). */
    SHARED_HISTORY,
    /** year, the rate shifts in 0–14, 15–64, 65+ (the shared history's broad age groups). */
    AGES_FITTED,
    /** year, persons added in 0–14, 15–64, 65+ (the shared history's broad age groups). */
    AGES_FITTED_COUNTS,
    /** year: the shared history fits the total only (no observed age groups). */
    AGES_NOT_FITTED
  }
}
