package org.parallax;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;

/**
 * The package rules of the GUIDE as ArchUnit rules over a root package, so the same rules check
 * Parallax and, in a test, a fixture that breaks them.
 */
final class ArchitectureRules {

  private ArchitectureRules() {}

  static List<ArchRule> forRoot(String root) {
    String model = root + ".model..";
    String compare = root + ".compare..";
    String analysis = root + ".analysis..";
    String scan = root + ".scan..";
    String index = root + ".index..";
    String ui = root + ".ui..";
    String cli = root + ".cli..";
    String app = root + ".app..";
    List<ArchRule> rules =
        new ArrayList<>(layerRules(root, model, compare, analysis, scan, index, ui, cli, app));
    rules.addAll(uiFeatureRules(root));
    return rules;
  }

  /** The window's features reach each other only through the ui core, annotate excepted. */
  private static List<ArchRule> uiFeatureRules(String root) {
    String ui = root + ".ui.";
    List<String> features = List.of("library", "compare", "events", "scan", "annotate");
    List<ArchRule> rules = new ArrayList<>();
    for (String feature : features) {
      List<String> others = new ArrayList<>();
      for (String other : features) {
        boolean hostsAnnotations =
            other.equals("annotate") && (feature.equals("library") || feature.equals("compare"));
        if (!other.equals(feature) && !hostsAnnotations) {
          others.add(ui + other + "..");
        }
      }
      rules.add(
          noClasses()
              .that()
              .resideInAPackage(ui + feature + "..")
              .should()
              .dependOnClassesThat()
              .resideInAnyPackage(others.toArray(String[]::new))
              .allowEmptyShould(true)
              .because(
                  "a feature changes without touching another; what two features share lives in"
                      + " the ui core, except annotating, which article and comparison tabs host"
                      + " through ui.annotate's AnnotationHost"));
    }
    return rules;
  }

  private static List<ArchRule> layerRules(
      String root,
      String model,
      String compare,
      String analysis,
      String scan,
      String index,
      String ui,
      String cli,
      String app) {
    return List.of(
        noClasses()
            .that()
            .resideOutsideOfPackage(index)
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.apache.lucene..")
            .because("the index package owns the Lucene schema; nothing else may depend on it"),
        noClasses()
            .that()
            .resideOutsideOfPackage(ui)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..", "atlantafx..", "org.fxmisc..")
            .because("only the window may need a JavaFX toolkit; the CLI and engine run headless"),
        classes()
            .that()
            .resideInAPackage(model)
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(model, "java..")
            .because("the model is the shared vocabulary and depends on nothing of ours"),
        classes()
            .that()
            .resideInAPackage(compare)
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(compare, model, "java.lang..", "java.util..", "java.text..")
            .because("the engine is pure: no I/O, no Lucene, no JavaFX, no Jackson"),
        classes()
            .that()
            .resideInAPackage(scan)
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(scan, model, "java.lang..", "java.util..")
            .allowEmptyShould(true)
            .because("fingerprints and clustering are pure so the scan is deterministic"),
        classes()
            .that()
            .resideInAPackage(analysis)
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                analysis,
                model,
                "java..",
                "opennlp..",
                "ai.onnxruntime..",
                "dev.langchain4j..",
                "org.slf4j..")
            .because("analysis reads only the model and the NLP libraries"),
        noClasses()
            .that()
            .resideOutsideOfPackages(ui, app)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(ui)
            .because("the window is a leaf: the launcher alone may start it"),
        noClasses()
            .that()
            .resideOutsideOfPackages(cli, app)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(cli)
            .because("the command line is a leaf: the launcher alone may start it"),
        slices()
            .matching(root + ".(*)..")
            .should()
            .beFreeOfCycles()
            .because("packages form layers; a cycle makes two of them one"));
  }
}
