package jp.popvision;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameStartingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of STYLE.md as the code really is, checked on the compiled main classes. Every arrow
 * points down; a new upward or cyclic dependency fails this test (and so {@code mvn -B verify}):
 *
 * <pre>
 * cli ─► app ─► io ─────┬─► scenario ─┐
 *          └──► chart ──┴─► results ──┴─► engine ─► model
 * </pre>
 *
 * <ul>
 *   <li>{@code io} and {@code chart} are siblings: charts are drawn from results and the resolved
 *       scenario and never read or write files; {@code app} hands their bytes to {@code io}.
 *   <li>{@code scenario → engine} is intended: the resolver builds the engine's {@code PeriodRates}
 *       from life tables and estimates ({@code engine.Survival}, {@code engine.Estimates}), and
 *       {@code scenario.CompiledScenario} packs them for {@code engine.PackedStep}. The engine
 *       knows nothing of scenarios.
 *   <li>{@code results → engine}: indicators and vital events are computed from the engine's {@code
 *       Projection}. {@code scenario} and {@code results} do not know each other.
 *   <li>Files, YAML and CSV are the business of {@code io} (and the command line's of {@code cli});
 *       {@code app} only lists a directory of scenario files ({@code app.Comparison}).
 * </ul>
 */
class LayeringTest {
  private static final String ROOT = "jp.popvision";
  private static JavaClasses main;

  @BeforeAll
  static void importMainClasses() {
    main =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
  }

  /** The layers of the diagram above; each names who may use it. */
  static ArchRule layers() {
    return layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("cli")
        .definedBy(ROOT + ".cli..")
        .layer("app")
        .definedBy(ROOT + ".app..")
        .layer("io")
        .definedBy(ROOT + ".io..")
        .layer("chart")
        .definedBy(ROOT + ".chart..")
        .layer("scenario")
        .definedBy(ROOT + ".scenario..")
        .layer("results")
        .definedBy(ROOT + ".results..")
        .layer("engine")
        .definedBy(ROOT + ".engine..")
        .layer("model")
        .definedBy(ROOT + ".model..")
        .whereLayer("cli")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("app")
        .mayOnlyBeAccessedByLayers("cli")
        .whereLayer("io")
        .mayOnlyBeAccessedByLayers("app", "cli")
        .whereLayer("chart")
        .mayOnlyBeAccessedByLayers("app", "cli")
        .whereLayer("scenario")
        .mayOnlyBeAccessedByLayers("io", "chart", "app", "cli")
        .whereLayer("results")
        .mayOnlyBeAccessedByLayers("io", "chart", "app", "cli")
        .whereLayer("engine")
        .mayOnlyBeAccessedByLayers("scenario", "results", "io", "chart", "app", "cli")
        .whereLayer("model")
        .mayOnlyBeAccessedByLayers("engine", "scenario", "results", "io", "chart", "app", "cli");
  }

  @Test
  void everyDependencyPointsDown() {
    layers().check(main);
  }

  @Test
  void noPackageCycles() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(main);
  }

  @Test
  void theInnerPackagesTouchNoFiles() {
    noClasses()
        .that()
        .resideInAnyPackage(
            ROOT + ".model..",
            ROOT + ".engine..",
            ROOT + ".results..",
            ROOT + ".scenario..",
            ROOT + ".chart..")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.nio.file.Files")
        .orShould()
        .dependOnClassesThat()
        .resideInAnyPackage("java.nio.channels..")
        .orShould()
        .dependOnClassesThat(resideInAPackage("java.io").and(simpleNameStartingWith("File")))
        .because("STYLE.md rule 1: I/O at the edges, a pure engine in the middle")
        .check(main);
  }

  @Test
  void yamlOnlyInIoAndPicocliOnlyInCli() {
    noClasses()
        .that()
        .resideOutsideOfPackage(ROOT + ".io..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("tools.jackson..")
        .check(main);
    noClasses()
        .that()
        .resideOutsideOfPackage(ROOT + ".cli..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("picocli..")
        .check(main);
  }

  /**
   * CSV is read by {@code io.CsvRecords} (faster cold than Commons CSV, issue 15): Commons CSV is
   * the tests' oracle only (test scope), and no main class may need it.
   */
  @Test
  void commonsCsvIsForTestsOnly() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.commons.csv..")
        .because("Commons CSV is a test dependency; io.CsvRecords reads CSV")
        .check(main);
  }
}
