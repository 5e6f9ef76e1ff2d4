package org.parallax.ui.compare;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.layout.Pane;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;

/**
 * The strip between the two panes that links each pair's sentences on the left to its sentences on
 * the right with a curved band, as diff tools draw them; redrawn whenever either pane scrolls or
 * resizes.
 */
final class ConnectorGutter {

  private static final double WIDTH = 56;
  private static final double OFF_SCREEN = 40;

  private final Pane root = new Pane();
  private final ClaimPane left;
  private final ClaimPane right;
  private final List<Connector> connectors;
  private int selectedPair = -1;

  ConnectorGutter(ClaimPane left, ClaimPane right, List<Connector> connectors) {
    this.left = left;
    this.right = right;
    this.connectors = connectors;
    root.setId("gutter");
    root.getStyleClass().add("gutter");
    root.setMinWidth(WIDTH);
    root.setPrefWidth(WIDTH);
    root.setMaxWidth(WIDTH);
    Rectangle clip = new Rectangle();
    clip.widthProperty().bind(root.widthProperty());
    clip.heightProperty().bind(root.heightProperty());
    root.setClip(clip);
  }

  /** Returns the gutter's node. */
  Pane root() {
    return root;
  }

  /** Returns how many connectors are drawn now. */
  int drawn() {
    return root.getChildren().size();
  }

  /** Highlights the connector of one pair (or none with -1) and redraws. */
  void select(int pairIndex) {
    selectedPair = pairIndex;
    redraw();
  }

  /** Draws a band for every pair with at least one side in view. */
  void redraw() {
    root.getChildren().clear();
    Bounds gutter = root.localToScreen(root.getLayoutBounds());
    if (gutter == null) {
      return;
    }
    double width = root.getWidth();
    for (Connector connector : connectors) {
      Optional<double[]> from = span(left, connector.leftFirst(), connector.leftLast(), gutter);
      Optional<double[]> to = span(right, connector.rightFirst(), connector.rightLast(), gutter);
      if (from.isEmpty() && to.isEmpty()) {
        continue;
      }
      double[] a = from.orElseGet(() -> outside(left, connector.leftFirst(), gutter));
      double[] b = to.orElseGet(() -> outside(right, connector.rightFirst(), gutter));
      if (a[1] < 0 && b[1] < 0 || a[0] > gutter.getHeight() && b[0] > gutter.getHeight()) {
        continue;
      }
      root.getChildren().add(band(a, b, width, connector));
    }
  }

  private Path band(double[] a, double[] b, double width, Connector connector) {
    double middle = width / 2;
    Path path =
        new Path(
            new MoveTo(0, a[0]),
            new CubicCurveTo(middle, a[0], middle, b[0], width, b[0]),
            new LineTo(width, b[1]),
            new CubicCurveTo(middle, b[1], middle, a[1], 0, a[1]),
            new ClosePath());
    path.getStyleClass().add(connector.changed() ? "connector-changed" : "connector-shared");
    if (connector.pairIndex() == selectedPair) {
      path.getStyleClass().add("connector-selected");
    }
    return path;
  }

  /** Returns the top and bottom of a run of sentences in gutter coordinates, if laid out. */
  private static Optional<double[]> span(ClaimPane pane, int first, int last, Bounds gutter) {
    Optional<Bounds> top = pane.boundsOnScreen(first);
    Optional<Bounds> bottom = pane.boundsOnScreen(last);
    if (top.isEmpty() && bottom.isEmpty()) {
      return Optional.empty();
    }
    double y0 = top.map(Bounds::getMinY).orElse(gutter.getMinY() - OFF_SCREEN);
    double y1 = bottom.map(Bounds::getMaxY).orElse(gutter.getMaxY() + OFF_SCREEN);
    return Optional.of(new double[] {y0 - gutter.getMinY() + 2, y1 - gutter.getMinY() - 2});
  }

  /** Returns a thin span just above or below the gutter for a sentence scrolled out of view. */
  private static double[] outside(ClaimPane pane, int sentence, Bounds gutter) {
    double y = sentence < pane.topSentence() ? -OFF_SCREEN : gutter.getHeight() + OFF_SCREEN;
    return new double[] {y, y + 4};
  }
}
