package vn.vanthu.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CodingRulesTests {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.vanthu");

    @Test
    void usesJakartaMailOnlyInMailModulesInternals() {
        noClasses()
                .that()
                .resideOutsideOfPackages(
                        "vn.vanthu.mailbox.internal..",
                        "vn.vanthu.mime..",
                        "vn.vanthu.distribution.internal..",
                        "vn.vanthu.receipt.internal..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.mail..", "org.eclipse.angus.mail..")
                .because("mail handling stays in the mail modules; other code sees plain Java records")
                .check(CLASSES);
    }

    @Test
    void usesTikaAndPdfBoxOnlyInExtractionInternals() {
        noClasses()
                .that()
                .resideOutsideOfPackage("vn.vanthu.extraction.internal..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.apache.tika..", "org.apache.pdfbox..")
                .because("document reading is one module's business, behind DocumentReader")
                .check(CLASSES);
    }

    @Test
    void keepsSqlInInternals() {
        noClasses()
                .that()
                .resideOutsideOfPackages("vn.vanthu..internal..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
                .because("module APIs expose records and services, never rows")
                .check(CLASSES);
    }

    @Test
    void keepsCamelOutOfServices() {
        noClasses()
                .that()
                .resideOutsideOfPackages("vn.vanthu..internal..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.apache.camel..")
                .because("decisions live in plain Java services that know nothing of Camel")
                .check(CLASSES);
    }

    @Test
    void injectsThroughConstructorsOnly() {
        fields().should()
                .notBeAnnotatedWith(Autowired.class)
                .because("field injection hides dependencies and defeats plain unit tests")
                .check(CLASSES);
    }

    @Test
    void writesToStandardOutputOnlyFromTheCommandLine() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName("vn.vanthu.CommandLine")
                .should()
                .accessField(System.class, "out")
                .because("standard output belongs to the extract command's JSON; everything else logs")
                .check(CLASSES);
    }

    @Test
    void namesServicesAfterWhatTheyKeep() {
        classes()
                .should()
                .haveSimpleNameNotEndingWith("ServiceImpl")
                .andShould()
                .haveSimpleNameNotEndingWith("Manager")
                .because("services are named for what they keep (DocumentRegistry, OrganizationDirectory)")
                .check(CLASSES);
    }
}
