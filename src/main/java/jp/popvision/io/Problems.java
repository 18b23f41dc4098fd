package jp.popvision.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Collects problems of one input so that all can be reported together. */
final class Problems {
  private final String file;
  private final List<Problem> list = new ArrayList<>();

  Problems(String file) {
    this.file = file;
  }

  String file() {
    return file;
  }

  void add(int line, int column, String field, String value, Msg msg, Object... args) {
    list.add(new Problem(file, line, column, field, value, msg, Arrays.asList(args)));
  }

  /** A problem in another file than this collector's (e.g. a scenario this one extends). */
  void addIn(
      String otherFile, int line, int column, String field, String value, Msg msg, Object... args) {
    list.add(new Problem(otherFile, line, column, field, value, msg, Arrays.asList(args)));
  }

  void add(Problem p) {
    list.add(p);
  }

  void addAll(Problems other) {
    list.addAll(other.list);
  }

  boolean isEmpty() {
    return list.isEmpty();
  }

  int size() {
    return list.size();
  }

  List<Problem> list() {
    return List.copyOf(list);
  }

  void throwIfAny() throws InputException {
    if (!list.isEmpty()) {
      throw new InputException(list);
    }
  }
}
