package jp.popvision.cli;

import java.io.PrintWriter;
import jp.popvision.io.InputException;
import jp.popvision.io.Problem;

/** Shared error reporting of the commands. */
final class Errors {
  private Errors() {}

  /** Prints every problem of an input error; returns exit code 3. */
  static int input(PrintWriter err, InputException e) {
    for (Problem p : e.problems()) {
      err.println("error: " + p.format());
    }
    err.println(e.problems().size() + " problem(s); nothing was written.");
    return Main.EXIT_INPUT;
  }
}
