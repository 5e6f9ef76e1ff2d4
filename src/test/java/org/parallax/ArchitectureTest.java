package org.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

  @Test
  void productionCodeKeepsThePackageRules() {
    JavaClasses production =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.parallax");
    assertThat(production).isNotEmpty();
    for (ArchRule rule : ArchitectureRules.forRoot("org.parallax")) {
      rule.check(production);
    }
  }

  @Test
  void luceneImportInCompareBreaksTheRules() {
    JavaClasses fixture = new ClassFileImporter().importPackages("org.parallax.archfixture");
    long violated =
        ArchitectureRules.forRoot("org.parallax.archfixture").stream()
            .map(rule -> rule.allowEmptyShould(true).evaluate(fixture))
            .filter(EvaluationResult::hasViolation)
            .count();
    assertThat(violated).isEqualTo(2);
  }
}
