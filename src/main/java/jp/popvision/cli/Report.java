package jp.popvision.cli;

import java.io.PrintWriter;
import java.util.List;
import jp.popvision.io.InputException;
import jp.popvision.io.Lang;
import jp.popvision.io.Msg;
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

  static void notes(PrintWriter err, Lang lang, List<Msg.Text> notes) {
    for (Msg.Text n : notes) {
      err.println(Msg.LINE_NOTE.render(lang, n));
    }
  }
}
