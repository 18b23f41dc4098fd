package jp.popvision.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import jp.popvision.engine.Projection;
import jp.popvision.engine.Projector;
import jp.popvision.scenario.ResolvedScenario;
import jp.popvision.testutil.TestData;
import org.junit.jupiter.api.Test;

/**
 * Long-range views to 2120: the national tables end in 2100 and are held, and the output says so.
 */
class LongHorizonTest {
  @Test
  void horizonTo2120HoldsTheLastWppPeriodAndSaysSo() throws Exception {
    Path dir = Files.createTempDirectory(TestData.root().resolve("target"), "long");
    Path f = dir.resolve("long.yaml");
    Files.writeString(
        f,
        "extends: "
            + TestData.root().resolve("scenarios/pattern1.yaml")
            + "\nname: long\ntitle: 2120年まで\nhorizon: 2120\ndata_dir: "
            + TestData.data()
            + "\n");
    ResolvedScenario s = Simulation.resolve(f);
    Projection p = Projector.run(s.base(), s.rates());
    assertEquals(2120, p.last().year());
    assertEquals(21, p.events().size());
    assertTrue(
        s.notes().stream()
            .anyMatch(
                n ->
                    n.equals(
                        jp.popvision.scenario.Note.of(
                            jp.popvision.scenario.Note.Kind.TABLE_HELD,
                            "mortality.life_table",
                            2095,
                            2100))),
        s.notes().toString());
    // the periods after 2100 use the 2095-2100 table: the same life expectancy
    assertEquals(s.assumptions().get(16).e0Female(), s.assumptions().get(20).e0Female(), 0.0);
  }
}
