package jp.popvision.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnalysesTest {
  @Test
  void shapleyTwoFactorsByHand() {
    // v(none)=0, v(A)=3, v(B)=5, v(A,B)=10: A = ½(3 + (10−5)) = 4, B = ½(5 + (10−3)) = 6
    double[] v = {0, 3, 5, 10};
    assertArrayEquals(new double[] {4, 6}, Analyses.shapley(2, m -> v[m]), 1e-12);
  }

  @Test
  void shapleyThreeFactorsAddUpAndAreSymmetricForAnAdditiveOutcome() {
    // additive outcome: each factor's part is its own effect
    double[] effect = {1.5, -2, 7};
    double[] parts =
        Analyses.shapley(
            3,
            m -> {
              double s = 0;
              for (int i = 0; i < 3; i++) {
                if ((m & (1 << i)) != 0) {
                  s += effect[i];
                }
              }
              return s;
            });
    assertArrayEquals(effect, parts, 1e-12);
    // a pure interaction term (only when all three switch) is split equally
    double[] inter = Analyses.shapley(3, m -> m == 7 ? 9 : 0);
    assertArrayEquals(new double[] {3, 3, 3}, inter, 1e-12);
  }

  @Test
  void levelsFollowTheThresholds() {
    double[] t = {100, 105, 110, 115};
    assertEquals(1, Analyses.level(99.99, t));
    assertEquals(2, Analyses.level(100, t));
    assertEquals(3, Analyses.level(105.15, t));
    assertEquals(4, Analyses.level(114.9, t));
    assertEquals(5, Analyses.level(115, t));
  }

  @Test
  void stagesByHand() {
    int[] years = {2015, 2020, 2025, 2030, 2035};
    double[] old = {100, 110, 99, 95, 80};
    List<Analyses.Stage> s = Analyses.stages(years, old, 10);
    assertEquals(List.of(1, 1, 2, 2, 3), s.stream().map(Analyses.Stage::stage).toList());
    assertEquals(95.0, s.get(3).index(), 1e-12);
  }
}
