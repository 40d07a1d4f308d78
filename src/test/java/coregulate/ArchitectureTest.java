package coregulate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering rules from docs/architecture.md, checked on every build. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("coregulate");
    }

    @Test
    void domainAndRulesKnowNeitherJavaFxNorJdbc() {
        noClasses().that().resideInAnyPackage("coregulate.domain..", "coregulate.rules..", "coregulate.breathing..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "coregulate.storage..",
                        "coregulate.ui..")
                .check(classes);
    }

    @Test
    void nothingBelowTheUiUsesJavaFx() {
        noClasses().that().resideInAnyPackage("coregulate.domain..", "coregulate.rules..", "coregulate.storage..",
                        "coregulate.service..", "coregulate.exchange..", "coregulate.sync..", "coregulate.breathing..",
                        "coregulate.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "coregulate.ui..")
                .check(classes);
    }

    @Test
    void theUiHasNoSql() {
        noClasses().that().resideInAPackage("coregulate.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..")
                .check(classes);
    }

    @Test
    void viewModelsStayOffTheSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..")
                .check(classes);
    }
}
