package vn.vanthu.extraction.internal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ExtractionArchitectureTests {

    @Test
    void keepsTikaAndPdfBoxInsideTheExtractionInternals() {
        noClasses()
                .that()
                .resideOutsideOfPackage("vn.vanthu.extraction.internal..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.apache.tika..", "org.apache.pdfbox..")
                .because("parsers are an implementation detail of extraction (STYLE.md)")
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("vn.vanthu"));
    }
}
