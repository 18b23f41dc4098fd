package jp.popvision.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import jp.popvision.model.AgeGroups;
import jp.popvision.model.Population;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PopulationFileTest {
  @TempDir Path tmp;

  static final AgeGroups G = AgeGroups.FIVE_YEAR_TO_90;

  /** A valid population file for one year, both sexes, every group 10 persons. */
  static String validPopulation() {
    StringBuilder sb = new StringBuilder("year,sex,age_from,age_to,population\n");
    for (String sex : new String[] {"male", "female"}) {
      for (int i = 0; i < G.count(); i++) {
        sb.append("2015,")
            .append(sex)
            .append(',')
            .append(G.ageFrom(i))
            .append(',')
            .append(G.isOpen(i) ? "" : String.valueOf(G.ageTo(i)))
            .append(",10\n");
      }
    }
    return sb.toString();
  }

  String problems(String content) throws Exception {
    Path f = tmp.resolve("pop.csv");
    Files.writeString(f, content);
    InputException e =
        assertThrows(InputException.class, () -> PopulationFile.readPopulations(f, G));
    return e.problems().stream().map(Problem::format).collect(Collectors.joining("\n"));
  }

  @Test
  void readsAValidFileAndAcceptsABom() throws Exception {
    Path f = tmp.resolve("pop.csv");
    Files.writeString(f, "\uFEFF" + validPopulation());
    Population p = PopulationFile.readPopulations(f, G).get(2015);
    assertEquals(380, p.total(), 1e-12);
  }

  @Test
  void missingDuplicateNegativeAndNonNumericCellsAreAllReportedWithLines() throws Exception {
    String text =
        validPopulation()
                .replace("2015,male,20,24,10\n", "")
                .replace("2015,female,30,34,10\n", "2015,female,30,34,-3\n")
                .replace("2015,female,40,44,10\n", "2015,female,40,44,ten\n")
            + "2015,male,0,4,10\n";
    String msg = problems(text);
    assertTrue(
        msg.contains("pop.csv:26: population: value '-3': must be a finite number from 0 to "),
        msg);
    assertTrue(msg.contains("pop.csv:28: population: value 'ten': must be a number"), msg);
    assertTrue(msg.contains("duplicate age group 0-4 for male 2015 (first on line 2)"), msg);
    assertTrue(msg.contains("missing age groups [20-24] for male 2015"), msg);
  }

  @Test
  void linesAreFileLinesEvenAfterAQuotedLineBreak() throws Exception {
    String text =
        "year,sex,age_from,age_to,population,note\n"
            + "2015,male,0,4,10,\"a note\nover two lines\"\n"
            + "2015,male,5,9,x,\n";
    String msg = problems(text);
    assertTrue(msg.contains("pop.csv:4: population: value 'x'"), msg);
  }

  @Test
  void wrongHeaderAndEmptyFile() throws Exception {
    assertTrue(problems("year,sex,age,population\n").contains("missing column"));
    assertTrue(problems("").contains("file is empty"));
    Path f = tmp.resolve("sjis.csv");
    Files.write(f, "year,sex\n2015,男\n".getBytes("Shift_JIS"));
    InputException e =
        assertThrows(InputException.class, () -> PopulationFile.readPopulations(f, G));
    assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
  }

  @Test
  void totalRowsAreChecked() throws Exception {
    String msg =
        problems(
            validPopulation()
                    .replace(
                        "year,sex,age_from,age_to,population\n",
                        "year,sex,age_from,age_to,population,note\n")
                + "2015,male,,,999,total\n");
    assertTrue(
        msg.contains("total row does not equal the sum of the age groups and age unknown (190)"),
        msg);
  }
}
