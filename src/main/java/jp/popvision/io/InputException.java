package jp.popvision.io;

import java.util.List;
import java.util.stream.Collectors;

/** Invalid input: one or more problems, all reported at once. */
public final class InputException extends Exception {
  private final List<Problem> problems;

  public InputException(List<Problem> problems) {
    super(problems.stream().map(Problem::format).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public InputException(Problem problem) {
    this(List.of(problem));
  }

  public List<Problem> problems() {
    return problems;
  }
}
