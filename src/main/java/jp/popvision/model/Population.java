package jp.popvision.model;

/** Population by sex and age group at an instant (for Japan: the census date, 1 October). */
public record Population(AgeGroups groups, int year, AgeVector male, AgeVector female) {

  public Population {
    if (male.size() != groups.count() || female.size() != groups.count()) {
      throw new IllegalArgumentException(
          "population for "
              + year
              + " needs "
              + groups.count()
              + " age groups, got "
              + male.size()
              + " male and "
              + female.size()
              + " female");
    }
  }

  public AgeVector get(Sex sex) {
    return sex == Sex.MALE ? male : female;
  }

  public double total() {
    return male.sum() + female.sum();
  }

  /** Both sexes, ages {@code fromAge} to {@code toAge} inclusive (toAge -1 = to the open end). */
  public double sumAges(int fromAge, int toAge) {
    double s = 0;
    for (int i = 0; i < groups.count(); i++) {
      int a = groups.ageFrom(i);
      if (a >= fromAge && (toAge < 0 || a <= toAge)) {
        s += male.get(i) + female.get(i);
      }
    }
    return s;
  }
}
