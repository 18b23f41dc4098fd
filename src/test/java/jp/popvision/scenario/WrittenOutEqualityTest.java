package jp.popvision.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import jp.popvision.model.AgeGroups;
import org.junit.jupiter.api.Test;

/** The records whose equals and hashCode are written out keep a record's value semantics. */
class WrittenOutEqualityTest {
  @Test
  void notesAreEqualByKindAndArguments() {
    Note a = Note.of(Note.Kind.TABLE_HELD, "tfr", 2045, 2050);
    Note same = Note.of(Note.Kind.TABLE_HELD, "tfr", 2045, 2050);
    assertEquals(a, same);
    assertEquals(a.hashCode(), same.hashCode());
    assertNotEquals(a, Note.of(Note.Kind.TABLE_HELD, "tfr", 2045, 2055));
    assertNotEquals(a, Note.of(Note.Kind.CWR_HELD, "tfr", 2045, 2050));
    assertNotEquals(a, null);
  }

  @Test
  void ageGroupsAreEqualByWidthAndCount() {
    assertEquals(AgeGroups.FIVE_YEAR_TO_90, new AgeGroups(5, 19));
    assertEquals(AgeGroups.FIVE_YEAR_TO_90.hashCode(), new AgeGroups(5, 19).hashCode());
    assertNotEquals(AgeGroups.FIVE_YEAR_TO_90, new AgeGroups(5, 18));
    assertNotEquals(AgeGroups.FIVE_YEAR_TO_90, new AgeGroups(1, 19));
    assertNotEquals(new AgeGroups(5, 19).hashCode(), new AgeGroups(19, 5).hashCode());
  }
}
