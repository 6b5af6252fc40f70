package org.cepheus;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import java.util.Map;
import java.util.Set;

/**
 * The layering the code is meant to keep: a core (catalog, lightcurve, learn, report, service)
 * that runs headless, a GUI (ui) and a command line (cli) on top of it, DL4J behind learn, and a
 * lightcurve package of pure computation that tests and callers can feed without files.
 */
@AnalyzeClasses(packages = "org.cepheus", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] CORE = {"org.cepheus.catalog..", "org.cepheus.lightcurve..", "org.cepheus.learn..",
            "org.cepheus.report..", "org.cepheus.service.."};

    /** Methods that read the process environment, by owning class. */
    private static final Map<String, Set<String>> PROPERTY_READERS = Map.of(
            System.class.getName(), Set.of("getProperty", "getProperties", "getenv"),
            Integer.class.getName(), Set.of("getInteger"),
            Long.class.getName(), Set.of("getLong"),
            Boolean.class.getName(), Set.of("getBoolean"));

    /** java.nio.file.Files methods that write or place a file. */
    private static final Set<String> FILE_WRITERS = Set.of("write", "writeString", "newOutputStream", "newBufferedWriter",
            "copy", "move", "createFile", "createTempFile");

    @ArchTest
    static void coreDoesNotDependOnGuiOrCli(JavaClasses classes) {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.jfree.chart.fx..",
                        "org.cepheus.ui..", "org.cepheus.cli..")
                .check(classes);
    }

    @ArchTest
    static void guiDoesNotDependOnCli(JavaClasses classes) {
        noClasses().that().resideInAPackage("org.cepheus.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.cepheus.cli..")
                .check(classes);
    }

    @ArchTest
    static void onlyLearnUsesDeepLearning4j(JavaClasses classes) {
        noClasses().that().resideOutsideOfPackage("org.cepheus.learn..")
                .should().dependOnClassesThat().resideInAnyPackage("org.deeplearning4j..", "org.nd4j..")
                .check(classes);
    }

    @ArchTest
    static void lightcurveDoesNoFileIo(JavaClasses classes) {
        noClasses().that().resideInAPackage("org.cepheus.lightcurve..")
                .should().dependOnClassesThat().belongToAnyOf(java.nio.file.Files.class, java.io.File.class,
                        java.io.FileInputStream.class, java.io.FileReader.class, java.io.RandomAccessFile.class,
                        java.io.FileOutputStream.class, java.io.FileWriter.class, org.cepheus.service.AtomicFiles.class)
                .because("lightcurve is computation on arrays; reading classpath presets is allowed, files are not")
                .check(classes);
    }

    @ArchTest
    static void lightcurveReadsNoSystemProperties(JavaClasses classes) {
        noClasses().that().resideInAPackage("org.cepheus.lightcurve..")
                .should().callMethodWhere(readsTheEnvironment())
                .because("its results must depend on its arguments and presets only")
                .check(classes);
    }

    @ArchTest
    static void onlyAtomicFilesWritesFiles(JavaClasses classes) {
        noClasses().that().doNotBelongToAnyOf(org.cepheus.service.AtomicFiles.class)
                .should().callMethodWhere(DescribedPredicate.describe("a file is written with java.nio.file.Files",
                        call -> call.getTargetOwner().isEquivalentTo(java.nio.file.Files.class)
                                && FILE_WRITERS.contains(call.getName())))
                .orShould().dependOnClassesThat().belongToAnyOf(java.io.FileOutputStream.class, java.io.FileWriter.class)
                .because("a reader must never see half a file, and outputs get the permissions of a plain new file")
                .check(classes);
    }

    private static DescribedPredicate<JavaMethodCall> readsTheEnvironment() {
        return DescribedPredicate.describe("a system property or environment variable is read", call ->
                PROPERTY_READERS.getOrDefault(call.getTargetOwner().getName(), Set.of()).contains(call.getName()));
    }
}
