package jp.popvision.model;

/**
 * Age groups of equal width starting at age 0, the last one open: 0–4, 5–9, …, and e.g. 90+. The
 * projection step equals the width.
 */
public record AgeGroups(int width, int count) {

  /** The groups used for Asakura: 0–4 … 85–89 and 90+ (19 groups). */
  public static final AgeGroups FIVE_YEAR_TO_90 = new AgeGroups(5, 19);

  // equals and hashCode written out, as a record would have them: the generated ones are linked
  // through invokedynamic at their first call, a cost at every start-up (issue 15)
  @Override
  public boolean equals(Object o) {
    return o instanceof AgeGroups g && width == g.width && count == g.count;
  }

  @Override
  public int hashCode() {
    return 31 * width + count;
  }

  public AgeGroups {
    if (width <= 0) {
      throw new IllegalArgumentException("age group width must be positive, was " + width);
    }
    if (count < 2) {
      throw new IllegalArgumentException("need at least two age groups, was " + count);
    }
  }

  /** First age of group {@code i}. */
  public int ageFrom(int i) {
    return i * width;
  }

  /** Last age of group {@code i}, or -1 for the open last group. */
  public int ageTo(int i) {
    return i == count - 1 ? -1 : i * width + width - 1;
  }

  public boolean isOpen(int i) {
    return i == count - 1;
  }

  /** First age of the open group. */
  public int openAge() {
    return (count - 1) * width;
  }

  /** Index of the group starting at {@code ageFrom}, or -1 if no group starts there. */
  public int indexOf(int ageFrom) {
    if (ageFrom < 0 || ageFrom % width != 0 || ageFrom / width >= count) {
      return -1;
    }
    return ageFrom / width;
  }

  /** A label such as {@code 15-19} or {@code 90+}. */
  public String label(int i) {
    return isOpen(i) ? ageFrom(i) + "+" : ageFrom(i) + "-" + ageTo(i);
  }
}
