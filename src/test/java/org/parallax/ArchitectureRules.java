package org.parallax;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
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
    List<ArchRule> rules = new ArrayList<>(layerRules(root));
    rules.addAll(uiFeatureRules(root));
    return rules;
  }

  /** The window's features reach each other only through the ui core, annotate excepted. */
  private static List<ArchRule> uiFeatureRules(String root) {
    String ui = root + ".ui.";
    List<String> features = List.of("library", "compare", "events", "scan", "annotate", "alerts");
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

  private static List<ArchRule> layerRules(String root) {
    String model = root + ".model..";
    String compare = root + ".compare..";
    String analysis = root + ".analysis..";
    String syndicationPure = root + ".syndication.pure..";
    String syndication = root + ".syndication..";
    String workspace = root + ".workspace..";
    String ingest = root + ".ingest..";
    String annotate = root + ".annotate..";
    String correction = root + ".correction..";
    String report = root + ".report..";
    String index = root + ".index..";
    String watch = root + ".watch..";
    String embeddedIndex = root + ".index.lucene..";
    String sharedIndex = root + ".index.solr..";
    String ui = root + ".ui..";
    String cli = root + ".cli..";
    String app = root + ".app..";
    return List.of(
        noClasses()
            .that()
            .resideOutsideOfPackage(embeddedIndex)
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.apache.lucene..")
            .because(
                "the embedded backend owns the Lucene schema; everything else, the index"
                    + " interface included, works on any backend, so a shared search cluster can"
                    + " stand in for it"),
        noClasses()
            .that()
            .resideOutsideOfPackage(sharedIndex)
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.apache.solr..")
            .because(
                "the SolrCloud backend owns the cluster's client and configset; everything else"
                    + " works on the embedded index alike"),
        noClasses()
            .that()
            .resideOutsideOfPackages(index, workspace)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(embeddedIndex, sharedIndex)
            .because(
                "the workspace alone chooses the backend it opens; everything else reads the"
                    + " library through the ArticleIndex interface"),
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
            .resideInAPackage(syndicationPure)
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(syndicationPure, model, "java.lang..", "java.util..")
            .allowEmptyShould(true)
            .because("fingerprints and clustering are pure so the scan is deterministic"),
        classes()
            .that()
            .resideInAPackage(correction)
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(correction, model, "java.lang..", "java.util..")
            .allowEmptyShould(true)
            .because(
                "applying analysts' corrections is pure like the engine: the same comparison and"
                    + " corrections give the same result in the window and on the command line"),
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
        classes()
            .that()
            .resideInAPackage(ingest)
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                ingest,
                model,
                "java..",
                "javax.xml..",
                "org.w3c.dom..",
                "org.xml.sax..",
                "com.fasterxml.jackson..",
                "com.rometools.rome..",
                "org.apache.pdfbox..",
                "org.jsoup..",
                "org.slf4j..")
            .because(
                "a reader turns a file into model articles and nothing more: adding a format must"
                    + " not touch the index, the engine or the workspace"),
        classes()
            .that()
            .resideInAPackage(annotate)
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(annotate, model, "java..", "com.fasterxml.jackson..", "org.slf4j..")
            .because(
                "annotations are stored and re-anchored against article texts handed in through"
                    + " ArticleTexts, so they survive any change of index or window"),
        classes()
            .that()
            .resideInAPackage(report)
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(report, model, "java..", "com.fasterxml.jackson..")
            .because(
                "an export renders a finished comparison: it computes nothing and reads no"
                    + " workspace, so what is exported is what was shown"),
        classes()
            .that()
            .resideInAPackage(index)
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                index,
                model,
                ingest,
                syndicationPure,
                "java..",
                "org.apache.lucene..",
                "org.apache.solr..",
                "org.slf4j..")
            .because(
                "the index stores and searches articles (in ingest's stored JSON, with the"
                    + " syndication fingerprints); analysing and comparing happen above it"),
        classes()
            .that()
            .resideInAPackage(workspace)
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                workspace,
                model,
                analysis,
                compare,
                index,
                ingest,
                annotate,
                correction,
                "java..",
                "com.fasterxml.jackson..",
                "org.slf4j..")
            .because(
                "the workspace (opening, locking, ingest, settings, comparison, annotations) wires"
                    + " the layers below it and must not need the features built on it"),
        classes()
            .that()
            .resideInAPackage(syndication)
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                syndication,
                workspace,
                index,
                compare,
                analysis,
                model,
                "java..",
                "com.fasterxml.jackson..",
                "org.slf4j..")
            .because(
                "the scan and the events are one feature on the workspace's services, shared by"
                    + " the window and the command line"),
        classes()
            .that()
            .resideInAPackage(watch)
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                watch,
                syndication,
                workspace,
                model,
                "java..",
                "com.fasterxml.jackson..",
                "org.slf4j..")
            .allowEmptyShould(true)
            .because(
                "watching ingests through the workspace and checks with the syndication scan's"
                    + " evidence, so an alert and a scan agree; it reads no index of its own"),
        classes()
            .that()
            .resideInAPackage(ui)
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                ui,
                workspace,
                syndication,
                watch,
                annotate,
                report,
                model,
                "java..",
                "javafx..",
                "atlantafx..",
                "org.fxmisc..",
                "org.reactfx..",
                "org.slf4j..")
            .allowEmptyShould(true)
            .because(
                "the window shows what the workspace and its features compute, in the words of"
                    + " report; it runs no engine, index or reader of its own, so the window and"
                    + " the command line say the same"),
        classes()
            .that()
            .resideInAPackage(app)
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                app, ui, cli, workspace, "java..", "org.slf4j..", "ch.qos.logback..")
            .allowEmptyShould(true)
            .because(
                "the launcher only chooses between the window and the command line (and where the"
                    + " log goes); what either does lives in its own package"),
        noClasses()
            .that()
            .resideOutsideOfPackages(watch, ui, cli, app)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(watch)
            .because(
                "the watcher is a feature the window and the command line run; the engine and"
                    + " the workspace below it must work without one"),
        slices()
            .matching(root + ".(*)..")
            .should()
            .beFreeOfCycles()
            // The index stores the pure fingerprints of syndication.pure, which sits in the
            // syndication slice with the feature that reads the index. The rule above keeps that
            // sub-package free of anything but the model, so no cycle can pass through it.
            .ignoreDependency(
                JavaClass.Predicates.resideOutsideOfPackage(syndication),
                JavaClass.Predicates.resideInAPackage(syndicationPure))
            .because("packages form layers; a cycle makes two of them one"));
  }
}
