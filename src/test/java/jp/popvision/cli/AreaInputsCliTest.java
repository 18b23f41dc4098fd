package jp.popvision.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jp.popvision.testutil.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code migration.basis: register} and TFR knots {@code area} through the command line: the
 * conversion in assumptions.csv, sim1's TFR path starting at the area's own Bayesian TFR (read here
 * from the data file), and exit 3 naming the area when the data are missing.
 */
class AreaInputsCliTest {
  @TempDir Path tmp;

  private static List<String> rows(Path file, String first) throws Exception {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .filter(l -> l.startsWith(first + ","))
        .toList();
  }

  private static String bayes(String code) {
    for (Map<String, String> r :
        TestData.csv(TestData.data().resolve("municipalities/tfr_bayes_2008_2012.csv"))) {
      if (r.get("area_code").equals(code)) {
        return r.get("tfr");
      }
    }
    throw new AssertionError(code);
  }

  @Test
  void targetIsOnTheRegisterBasis() throws Exception {
    Path out = tmp.resolve("t");
    var r =
        AreaCommandsTest.run(
            "simulate", "--scenario", AreaCommandsTest.scenario("target.yaml"), "--out", "" + out);
    assertEquals(0, r.code(), r.err());
    String header =
        Files.readAllLines(out.resolve("assumptions.csv"), StandardCharsets.UTF_8).get(0);
    assertTrue(header.endsWith(",net_migration_basis,register_to_census_ratio"), header);
    for (String row : rows(out.resolve("assumptions.csv"), "target")) {
      String[] c = row.split(",", -1);
      assertEquals("register", c[9]);
      assertEquals("0.9601", c[10], row); // RegisterBasisTest checks the ratio by hand
      if (c[1].equals("2020")) {
        // −1,200 per 5 years stated on the register basis, in census terms
        assertEquals(-1200 * 0.9601, Double.parseDouble(c[8]), 0.1, row);
      }
    }
    assertTrue(r.err().contains("0.9601") || r.out().contains("0.9601"), r.err());
  }

  @Test
  void sim1StartsAtTheAreasOwnTfr() throws Exception {
    for (String code : List.of("40228", "01100")) {
      Path out = tmp.resolve(code);
      var r =
          AreaCommandsTest.run(
              "simulate",
              "--area",
              code,
              "--scenario",
              AreaCommandsTest.scenario("sim1.yaml"),
              "--out",
              "" + out);
      assertEquals(0, r.code(), r.err());
      double tfr0 = Double.parseDouble(bayes(code));
      List<String> rows = rows(out.resolve("assumptions.csv"), "sim1");
      // 2015-20 is shared history (pattern1's calibration.history: shared): the area's TFR; the
      // 2020-25 midpoint 2022.5 lies 7.5/15 of the way from it (2015) to 2.1 (2030)
      assertEquals(tfr0, Double.parseDouble(rows.get(0).split(",")[3]), 1e-4, rows.get(0));
      double expected = tfr0 + (2.1 - tfr0) * 7.5 / 15;
      assertEquals(expected, Double.parseDouble(rows.get(1).split(",")[3]), 1e-4, rows.get(1));
      assertEquals("census", rows.get(0).split(",", -1)[9]);
    }
  }

  @Test
  void missingDataIsExit3NamingTheArea() {
    var noTfr =
        AreaCommandsTest.run(
            "simulate",
            "--area",
            "03216",
            "--scenario",
            AreaCommandsTest.scenario("sim1.yaml"),
            "--out",
            "" + tmp.resolve("a"),
            "--lang",
            "en");
    assertEquals(3, noTfr.code(), noTfr.err());
    assertTrue(noTfr.err().contains("03216") && noTfr.err().contains("Bayesian"), noTfr.err());
    var noRegister =
        AreaCommandsTest.run(
            "simulate",
            "--area",
            "01100",
            "--scenario",
            AreaCommandsTest.scenario("target.yaml"),
            "--out",
            "" + tmp.resolve("b"),
            "--lang",
            "en");
    assertEquals(3, noRegister.code(), noRegister.err());
    assertTrue(
        noRegister.err().contains("migration.basis") && noRegister.err().contains("01100"),
        noRegister.err());
  }
}
