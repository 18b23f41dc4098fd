package jp.popvision.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import jp.popvision.model.MigrationTiming;
import jp.popvision.scenario.FertilitySpec;
import jp.popvision.scenario.MigrationSpec;
import jp.popvision.scenario.ScenarioSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioReaderTest {
  @TempDir Path dir;

  static final String VALID =
      """
      name: t1
      title: テスト
      base:
        dataset: census
        year: 2015
      fertility:
        method: tfr
        tfr:
          2015: 1.44
          2030: 1.8
      migration:
        method: net-counts
        net_counts:
          2015: -1000
        timing: even
      """;

  Path write(String text) throws Exception {
    Files.createDirectories(dir.resolve("data/municipalities"));
    Files.createDirectories(dir.resolve("sc"));
    Path f = dir.resolve("sc/s.yaml");
    Files.writeString(f, text);
    return f;
  }

  List<Problem> problems(String text) throws Exception {
    Path f = write(text);
    InputException e = assertThrows(InputException.class, () -> ScenarioReader.read(f));
    return e.problems();
  }

  static String all(List<Problem> ps) {
    return ps.stream().map(Problem::format).collect(Collectors.joining("\n"));
  }

  @Test
  void readsAValidScenarioWithDefaults() throws Exception {
    ScenarioSpec s = ScenarioReader.read(write(VALID)).spec();
    assertEquals("t1", s.name());
    assertEquals(2070, s.horizon());
    assertEquals(dir.resolve("data").toAbsolutePath().normalize(), s.dataDir());
    FertilitySpec.Tfr f = (FertilitySpec.Tfr) s.fertility();
    // 1.44 + (1.8 − 1.44) · 10/15
    assertEquals(1.68, f.tfr().linearAt(2025), 1e-12);
    assertEquals("wpp2024", f.agePattern());
    MigrationSpec.NetCounts m = (MigrationSpec.NetCounts) s.migration();
    assertEquals(MigrationTiming.EVEN, m.timing());
    assertEquals(2010, m.profileYear());
  }

  @Test
  void unknownKeyIsReportedWithLineColumnAndSuggestion() throws Exception {
    List<Problem> ps = problems(VALID + "horizn: 2060\n");
    assertEquals(1, ps.size(), all(ps));
    Problem p = ps.get(0);
    assertEquals(16, p.line());
    assertEquals(1, p.column());
    assertEquals("horizn", p.field());
    assertTrue(p.message().contains("did you mean 'horizon'"), p.message());
  }

  @Test
  void allProblemsAreReportedAtOnce() throws Exception {
    String text =
        VALID
            .replace("title: テスト\n", "")
            .replace("2030: 1.8", "2030: \"1.8\"")
            .replace("timing: even", "timing: middle")
            .replace("year: 2015", "year: 2017");
    List<Problem> ps = problems(text);
    String msg = all(ps);
    assertEquals(4, ps.size(), msg);
    assertTrue(msg.contains("title: missing required key"), msg);
    assertTrue(msg.contains("fertility.tfr.2030: value '1.8': must be a number"), msg);
    assertTrue(msg.contains("migration.timing: value 'middle': must be one of: end, even"), msg);
    assertTrue(msg.contains("base.year: value '2017'"), msg);
  }

  @Test
  void impossibleValuesAreRejectedWithTheAllowedRange() throws Exception {
    List<Problem> ps =
        problems(VALID.replace("2015: 1.44", "2015: -1.44").replace("2030: 1.8", "2010: 1.8"));
    String msg = all(ps);
    assertEquals(2, ps.size(), msg);
    assertTrue(msg.contains("must be from 0.5 to 4"), msg);
    assertTrue(msg.contains("years must increase"), msg);
    assertTrue(msg.contains("s.yaml:9:11"), msg);
  }

  @Test
  void duplicateKeysAliasesAndEmptyFilesAreProblems() throws Exception {
    assertTrue(all(problems(VALID + "name: again\n")).contains("duplicate key (first at line 1)"));
    assertTrue(all(problems("")).contains("empty"));
    String alias = VALID.replace("title: テスト", "title: &t テスト\ndescription: *t");
    assertTrue(all(problems(alias)).contains("aliases"), all(problems(alias)));
    assertTrue(all(problems("name: [unclosed\n")).contains("not valid YAML"));
    assertTrue(all(problems("- just\n- a list\n")).contains("must be a mapping"));
  }

  @Test
  void wrongTypesNameWhatWasFound() throws Exception {
    String msg = all(problems(VALID.replace("year: 2015", "year: \"2015\"")));
    assertTrue(
        msg.contains(
            "base.year: value '2015': must be a whole number (without quotes), not the text '2015'"),
        msg);
    msg = all(problems(VALID.replace("method: tfr", "method: [tfr]")));
    assertTrue(msg.contains("fertility.method: must be a non-empty text"), msg);
  }

  @Test
  void editDistanceByHand() {
    assertEquals(1, ScenarioReader.editDistance("horizn", "horizon"));
    assertEquals(3, ScenarioReader.editDistance("kitten", "sitting"));
    assertEquals(null, ScenarioReader.nearest("zzzzzz", List.of("horizon", "name")));
  }
}
