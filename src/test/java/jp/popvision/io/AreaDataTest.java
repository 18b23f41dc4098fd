package jp.popvision.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jp.popvision.scenario.InputData;
import jp.popvision.testutil.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The area catalog and the readers behind it, against the shipped files read independently ({@link
 * TestData#csv}) and figures published in data/SOURCES.md.
 */
class AreaDataTest {
  @TempDir Path tmp;

  static AreaCatalog catalog() throws InputException {
    return AreaCatalog.read(TestData.data(), List.of());
  }

  @Test
  void theCatalogHoldsEveryMunicipalityAndFindsThemByCodeNameAndPrefectureName() throws Exception {
    AreaCatalog c = catalog();
    assertEquals(1741, c.all().size()); // SOURCES.md: 1,741 areas
    assertEquals("40228", c.find("40228").code());
    assertEquals("40228", c.find("朝倉市").code());
    assertEquals("40228", c.find("福岡県朝倉市").code());
    assertEquals("01100", c.find("1100").code(), "YAML reads 01100 as the number 1100");
    assertEquals("34208", c.find("広島県府中市").code());
    AreaCatalog.NotFound e = assertThrows(AreaCatalog.NotFound.class, () -> c.find("府中市"));
    assertEquals(Msg.AREA_AMBIGUOUS, e.msg());
    String candidates = String.valueOf(e.args()[1]);
    assertTrue(
        candidates.contains("13206 東京都府中市") && candidates.contains("34208 広島県府中市"), candidates);
    assertEquals(
        Msg.AREA_UNKNOWN, assertThrows(AreaCatalog.NotFound.class, () -> c.find("x")).msg());
    assertEquals(60, c.group("40").size(), "福岡県 has 60 municipalities in areas.csv");
    assertEquals(c.group("40"), c.group("福岡県"));
    assertTrue(c.search("朝倉").stream().anyMatch(a -> a.code().equals("40228")));
  }

  @Test
  void asakuraReadFromTheNationalTablesEqualsItsOwnFiles() throws Exception {
    InputData d = TestData.asakura();
    assertEquals("40228", d.area().code());
    assertEquals(1.44, d.tfrBayes(), 0);
    assertEquals(8, d.census().size());
    // the per-city census totals file, read independently of io
    for (Map<String, String> row :
        TestData.csv(TestData.data().resolve("asakura/census_totals_1980_2020.csv"))) {
      int year = Integer.parseInt(row.get("census_year"));
      double total = Double.parseDouble(row.get("total"));
      assertEquals(total, d.observed().get(year).total(), 0, "census total " + year);
      if (year <= 2015) {
        assertEquals(total, d.census().get(year).total(), 1e-6, "census by age " + year);
      }
    }
    assertEquals(30_017, d.ipssH30().get(2045).total(), 1e-6); // SOURCES.md
    assertEquals(87.29, d.lifeTables().get(2015).e0Female(), 0.01); // WPP 2024 e0
    assertTrue(!d.register().isEmpty(), "Asakura's register is its extra");
  }

  @Test
  void otherAreasHaveTheirOwnRowsAndNoRegister() throws Exception {
    InputData sapporo = TestData.area("01100");
    // census 2015 of 札幌市: the male and female row totals of the shipped file, read with TestData
    double total = 0;
    for (Map<String, String> row :
        TestData.csv(TestData.data().resolve("municipalities/census_age5_sex_1980_2015.csv"))) {
      if (row.get("area_code").equals("01100") && row.get("year").equals("2015")) {
        total += Double.parseDouble(row.get("total"));
      }
    }
    assertEquals(total, sapporo.census().get(2015).total(), 1e-6);
    assertTrue(sapporo.register().isEmpty());
    assertEquals(1_973_395, sapporo.observed().get(2020).total(), 0); // IPSS 2023, status census
    InputData iwaki = TestData.area("07204");
    assertTrue(iwaki.ipssH30().isEmpty(), "IPSS 2018 projected 福島県 as a whole");
  }

  @Test
  void aUserAreaDirectoryIsFoundLikeShippedAreas() throws Exception {
    Path dir = tmp.resolve("mine");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("areas.csv"), "area_code,prefecture,name\n99001,架空県,架空町\n");
    Path census = TestData.data().resolve("municipalities/census_age5_sex_1980_2015.csv");
    List<String> lines = Files.readAllLines(census);
    StringBuilder sb = new StringBuilder(lines.get(0)).append('\n');
    lines.stream()
        .filter(l -> l.startsWith("47382,"))
        .forEach(l -> sb.append("99001").append(l.substring(5)).append('\n'));
    Files.writeString(dir.resolve("census_age5_sex_1980_2015.csv"), sb);
    AreaCatalog c = AreaCatalog.read(TestData.data(), List.of(dir));
    AreaCatalog.Area a = c.find("架空町");
    assertEquals("99001", a.code());
    assertTrue(!a.inIpssH30());
    InputData mine = AreaData.read(TestData.data(), a);
    InputData yonaguni = TestData.area("47382");
    assertEquals(yonaguni.census().get(2015).total(), mine.census().get(2015).total(), 0);
    assertTrue(mine.ipssH30().isEmpty() && mine.ipssR5().isEmpty());
  }
}
