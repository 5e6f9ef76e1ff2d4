package org.parallax.ui.compare;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** The top of the comparison tab: the derivation verdict with its evidence, then the legend. */
final class ComparisonHeader {

  /** Height of the evidence line while folded: one or two lines of text. */
  private static final double FOLDED_EVIDENCE = 36;

  private final FlowPane legend = legend();
  private final VBox root;

  ComparisonHeader(ComparisonViewModel viewModel) {
    root = new VBox(6, banner(viewModel), legend);
    root.setPadding(new Insets(8, 8, 6, 8));
  }

  /** Returns the header's node. */
  Node root() {
    return root;
  }

  /** Adds the colours of annotated claims to the legend, once the tab shows annotations. */
  void addAnnotationSwatches() {
    legend
        .getChildren()
        .addAll(
            swatch("legend-annotated", "annotated"),
            swatch("legend-annotated-partner", "annotated in the other report"));
  }

  /** Adds the mark of an analyst's correction to the legend, once the tab takes corrections. */
  void addCorrectionSwatch() {
    legend.getChildren().add(swatch("legend-corrected", "corrected by an analyst"));
  }

  private static Node banner(ComparisonViewModel viewModel) {
    Label headline = new Label(viewModel.verdictHeadline());
    headline.setId("verdict");
    headline.getStyleClass().add("verdict-headline");
    headline.setWrapText(true);
    Label summary = new Label(viewModel.verdictSummary());
    summary.setId("verdict-summary");
    summary.getStyleClass().add("verdict-summary");
    summary.setWrapText(true);
    Label evidence = new Label(viewModel.verdictEvidence());
    evidence.setId("verdict-evidence");
    evidence.getStyleClass().add("verdict-evidence");
    evidence.setWrapText(true);
    // One or two lines by default; the whole evidence on demand.
    evidence.setMaxHeight(FOLDED_EVIDENCE);
    Hyperlink more = new Hyperlink("more evidence");
    more.setMinWidth(Region.USE_PREF_SIZE);
    more.setOnAction(
        e -> {
          boolean open = evidence.getMaxHeight() == Region.USE_PREF_SIZE;
          evidence.setMaxHeight(open ? FOLDED_EVIDENCE : Region.USE_PREF_SIZE);
          more.setText(open ? "more evidence" : "less evidence");
        });
    HBox evidenceRow = new HBox(6, evidence, more);
    HBox.setHgrow(evidence, Priority.ALWAYS);
    evidenceRow.setAlignment(Pos.TOP_LEFT);
    VBox banner = new VBox(2, headline, summary, evidenceRow);
    banner.getStyleClass().add("verdict-banner");
    banner
        .getStyleClass()
        .add("verdict-" + viewModel.comparison().derivation().verdict().jsonName());
    return banner;
  }

  private static FlowPane legend() {
    Text dropped = new Text("struck");
    dropped.getStyleClass().add("word-dropped");
    Text slash = new Text(" / ");
    slash.getStyleClass().add("word-rest");
    Text added = new Text("bold");
    added.getStyleClass().add("word-added");
    Text rest = new Text(": words the other side lacks;  ");
    rest.getStyleClass().add("word-rest");
    Text boilerplate = new Text("grey italic");
    boilerplate.getStyleClass().add(ClaimStyles.BOILERPLATE);
    Text stock = new Text(": boilerplate, not evidence");
    stock.getStyleClass().add("word-rest");
    TextFlow words = new TextFlow(dropped, slash, added, rest, boilerplate, stock);
    words.getStyleClass().add("legend-words");
    FlowPane legend =
        new FlowPane(
            14,
            4,
            swatch("legend-shared", "shared"),
            swatch("legend-changed", "shared, changed"),
            swatch("legend-only", "only here"),
            swatch("legend-unsourced", "no source given"),
            swatch("legend-quote", "quote word for word"),
            swatch("legend-quote-altered", "quote altered"),
            words);
    legend.getStyleClass().add("legend");
    legend.setId("legend");
    return legend;
  }

  private static Node swatch(String styleClass, String words) {
    Region box = new Region();
    box.getStyleClass().addAll("swatch", styleClass);
    Label label = new Label(words, box);
    label.getStyleClass().add("legend-item");
    label.setMinWidth(Region.USE_PREF_SIZE);
    return label;
  }
}
