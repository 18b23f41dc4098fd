package jp.popvision.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import jp.popvision.io.InputException;
import jp.popvision.io.Lang;
import jp.popvision.io.Msg;
import jp.popvision.io.NumberText;
import jp.popvision.io.Problem;
import jp.popvision.io.Warnings;
import jp.popvision.scenario.Plausibility;

/** How the commands print problems, warnings and notes on stderr, in the chosen language. */
final class Report {
  /** Most problems printed for one run; the rest are counted. */
  static final int MAX_SHOWN = 100;

  private Report() {}

  /** Prints every problem (up to {@link #MAX_SHOWN}) and the closing line; returns exit code 3. */
  static int problems(PrintWriter err, Lang lang, InputException e) {
    List<Problem> ps = e.problems();
    for (int i = 0; i < ps.size() && i < MAX_SHOWN; i++) {
      err.println(Msg.LINE_ERROR.render(lang, ps.get(i).format(lang)));
    }
    if (ps.size() > MAX_SHOWN) {
      err.println(Msg.MORE_PROBLEMS.render(lang, ps.size() - MAX_SHOWN));
    }
    err.println(Msg.NOTHING_WRITTEN.render(lang, ps.size()));
    return Main.EXIT_INPUT;
  }

  static void warnings(PrintWriter err, Lang lang, List<Plausibility.Warning> warnings) {
    for (Plausibility.Warning w : warnings) {
      err.println(Msg.LINE_WARNING.render(lang, Warnings.text(w, lang)));
    }
  }

  /**
   * The printed summary's cautions: migration limited at zero (periods, first year, persons not
   * applied), near-empty groups (the last period that has any) and growth beyond any official
   * municipal projection, so that a projection that asks for more migrants than there are, or
   * empties a generation, does not pass as a plain total.
   */
  static void cautions(PrintWriter out, Lang lang, List<Plausibility.Warning> warnings) {
    int periods = 0;
    int first = 0;
    double notApplied = 0;
    Plausibility.NearEmpty empty = null;
    for (Plausibility.Warning w : warnings) {
      if (w instanceof Plausibility.MigrationLimited m) {
        first = periods == 0 ? m.periodStart() : first;
        periods++;
        notApplied += m.notApplied();
      } else if (w instanceof Plausibility.NearEmpty e) {
        empty = e;
      } else if (w instanceof Plausibility.Growth g) {
        out.println(
            Msg.SUMMARY_GROWTH.render(
                lang,
                g.periodEnd(),
                String.format(Locale.ROOT, "%.2f", g.ratio()),
                String.format(Locale.ROOT, "%.2f", Plausibility.GROWTH_HIGH)));
      }
    }
    if (periods > 0) {
      out.println(
          Msg.SUMMARY_LIMITS.render(
              lang, periods, first, String.format(Locale.ROOT, "%,.0f", notApplied)));
    }
    if (empty != null) {
      String groups =
          empty.cohorts().stream()
              .limit(6)
              .map(c -> Msg.valueOf("SEX_" + c.sex().name()).template(lang) + " " + c.group())
              .collect(Collectors.joining(", "));
      if (empty.cohorts().size() > 6) {
        groups += ", …";
      }
      out.println(
          Msg.SUMMARY_NEAR_EMPTY.render(
              lang,
              empty.periodEnd(),
              empty.cohorts().size(),
              Math.round(100 * Plausibility.NEAR_EMPTY),
              groups));
    }
  }

  static void notes(PrintWriter err, Lang lang, List<Msg.Text> notes) {
    for (Msg.Text n : notes) {
      err.println(Msg.LINE_NOTE.render(lang, n));
    }
  }

  /** What the output writer found in the output directories and kept (not popvision's). */
  static void kept(PrintWriter err, Lang lang, List<String> kept) {
    if (!kept.isEmpty()) {
      err.println(
          Msg.LINE_NOTE.render(
              lang,
              Msg.OUT_KEPT.render(lang, jp.popvision.io.Escapes.shown(String.join(", ", kept)))));
    }
  }

  /**
   * For a lever on counts stated as register social change: the same level in register terms and
   * the ratio (the lever works in census terms); empty otherwise.
   */
  static String registerTerms(double censusValue, Double ratio, Lang lang) {
    return ratio == null
        ? ""
        : Msg.LEVER_REGISTER_TERMS.render(
            lang, NumberText.persons(censusValue / ratio, lang), NumberText.fixed(ratio, 4, lang));
  }
}
