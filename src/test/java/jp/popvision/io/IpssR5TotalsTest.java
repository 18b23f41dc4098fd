package jp.popvision.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.NavigableMap;
import jp.popvision.testutil.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IpssR5TotalsTest {
  @TempDir Path tmp;

  @Test
  void readsThePublishedTotals() throws Exception {
    NavigableMap<Integer, Double> t = DataDir.readIpssR5Totals(TestData.data());
    assertEquals(7, t.size());
    assertEquals(50_273, t.get(2020), 0);
    assertEquals(44_400, t.get(2030), 0);
    assertEquals(32_828, t.get(2050), 0);
  }

  @Test
  void reportsEveryBadRowWithItsLine() throws Exception {
    Path file = tmp.resolve(DataDir.IPSS_R5);
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n",
        "projection,base_year,area_code,area_name,year,total,age_0_14,age_15_64,age_65_plus",
        "IPSS_R5_2023,2020,40228,x,2020,50273,6076,26509,17688",
        "IPSS_R5_2023,2020,40228,x,2025,47000,5408,24422,17578",
        "IPSS_R5_2023,2020,40228,x,2030,-5,4597,22848,16955",
        "IPSS_R5_2023,2020,40228,x,2020,50273,6076,26509,17688",
        ""));
    InputException e = assertThrows(InputException.class, () -> DataDir.readIpssR5Totals(tmp));
    assertEquals(3, e.problems().size(), e.problems().toString());
    String all = e.problems().stream().map(Problem::format).reduce("", (a, b) -> a + b + "\n");
    assertTrue(all.contains(":3: total: value '47000': must equal age_0_14 + age_15_64"), all);
    assertTrue(all.contains(":4: total: value '-5'"), all);
    assertTrue(all.contains(":5: year: value '2020': duplicate year"), all);
  }
}
