package jp.popvision.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import jp.popvision.model.AgeGroups;
import jp.popvision.model.AgeVector;
import jp.popvision.model.MigrationTiming;
import jp.popvision.model.Population;
import jp.popvision.testutil.TestData;
import org.junit.jupiter.api.Test;

/**
 * Preston, Heuveline and Guillot (2001), Box 6.2: Sweden females 1993 → 1998 with EVEN migration.
 * The expected 1998 population and total births are the book's published figures.
 */
class PrestonBox62Test {
  static final List<Map<String, String>> ROWS =
      TestData.csv(
          TestData.root()
              .resolve("src/test/resources/textbook/preston_2001_box_6_2_sweden_1993.csv"));
  static final AgeGroups GROUPS = new AgeGroups(5, 18);

  /** The book's life table radix. */
  static final double L0 = 100_000;

  /** The book's sex ratio at birth. */
  static final double SRB = 1.05;

  static double[] column(String name) {
    return ROWS.stream().mapToDouble(r -> Double.parseDouble(r.get(name))).toArray();
  }

  static CohortComponentStep.Result project() {
    Survival s = LifeTables.survival(column("nLx_female"), L0, GROUPS);
    AgeVector pop = AgeVector.of(column("pop_female_1993"));
    AgeVector mig = AgeVector.of(column("net_migrants_female_1993_1998"));
    // the book's male panel reuses the female inputs
    Population start = new Population(GROUPS, 1993, pop, pop);
    PeriodRates rates =
        new PeriodRates(
            1993,
            s,
            s,
            new Fertility.AgeSpecific(AgeVector.of(column("asfr")), SRB),
            new Migration.NetMigrants(mig, mig),
            MigrationTiming.EVEN);
    return CohortComponentStep.project(start, rates);
  }

  @Test
  void reproducesThePublishedFemalePopulationToThePerson() {
    double[] book = column("pop_female_1998_book");
    AgeVector got = project().end().female();
    for (int i = 0; i < book.length; i++) {
      assertEquals(book[i], (double) Math.round(got.get(i)), 0.0, "age group " + GROUPS.label(i));
    }
  }

  @Test
  void totalBirthsMatchTheBook() {
    assertEquals(615_988.1, project().events().births(), 0.1);
  }

  @Test
  void maleFirstGroupMatchesTheBookPanel() {
    assertEquals(317_340, Math.round(project().end().male().get(0)));
  }
}
