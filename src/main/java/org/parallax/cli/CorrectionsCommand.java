package org.parallax.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.parallax.annotate.CorrectionCsv;
import org.parallax.model.Correction;
import org.parallax.model.CorrectionSide;
import org.parallax.model.Passage;
import org.parallax.report.CorrectionWords;
import org.parallax.workspace.Workspace;
import org.parallax.workspace.WorkspaceCorrections;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parallax corrections}: the analysts' corrections of the workspace. */
@Command(
    name = "corrections",
    description = {
      "List the analysts' corrections of the workspace, oldest first, with how each stands:"
          + " anchored (where it was made), reanchored (found again in a new version of an"
          + " article) or orphaned (an article is gone or a sentence could not be found; kept,"
          + " never applied).",
      "Corrections are exported and imported with the annotations (parallax annotations)."
    })
final class CorrectionsCommand implements Callable<Integer> {

  private static final int QUOTE_CHARS = 40;

  @Spec CommandLine.Model.CommandSpec spec;
  @Mixin WorkspaceOption workspaceOption;

  @Option(names = "--json", description = "Print a JSON array, one object per correction.")
  boolean json;

  @Option(
      names = "--csv",
      description =
          "Print CSV, one row per correction (id, kind, value, reason, author, created, state,"
              + " and each article with its quoted sentences).")
  boolean csv;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (Workspace workspace = workspaceOption.openForReading()) {
      WorkspaceCorrections corrections = workspace.annotations().corrections();
      List<Correction> all = corrections.all();
      if (csv) {
        out.print(CorrectionCsv.write(all, c -> corrections.state(c).jsonName()));
        out.flush();
        return 0;
      }
      if (json) {
        ArrayNode array = new ObjectMapper().createArrayNode();
        all.forEach(c -> array.add(toJson(c, corrections.state(c))));
        out.println(
            new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(array));
        return 0;
      }
      out.println(all.size() + " correction(s).");
      for (Correction correction : all) {
        out.println(
            corrections.state(correction).jsonName()
                + "  "
                + CorrectionWords.of(correction)
                + "  "
                + correction.left().article().value()
                + quotes(correction.left())
                + " = "
                + correction.right().article().value()
                + quotes(correction.right())
                + (correction.reason().isEmpty() ? "" : "  because: " + correction.reason())
                + "  by "
                + correction.author()
                + "  "
                + correction.id());
      }
    }
    return 0;
  }

  private static String quotes(CorrectionSide side) {
    StringBuilder text = new StringBuilder();
    for (Passage passage : side.passages()) {
      String words = passage.exact();
      text.append(" \u201C")
          .append(words.length() > QUOTE_CHARS ? words.substring(0, QUOTE_CHARS) + "\u2026" : words)
          .append('\u201D');
    }
    return text.toString();
  }

  private static ObjectNode toJson(Correction correction, WorkspaceCorrections.State state) {
    ObjectNode json = new ObjectMapper().createObjectNode();
    json.put("id", correction.id());
    json.put("by", "analyst");
    json.put("kind", correction.kind().jsonName());
    json.put("motivation", correction.kind().motivation());
    json.put("value", correction.value());
    json.put("reason", correction.reason());
    json.put("author", correction.author());
    json.put("created", correction.created().toString());
    json.put("state", state.jsonName());
    side(json.putObject("left"), correction.left());
    side(json.putObject("right"), correction.right());
    return json;
  }

  private static void side(ObjectNode json, CorrectionSide side) {
    json.put("id", side.article().value());
    json.put("contentHash", side.contentHash());
    ArrayNode quotes = json.putArray("quotes");
    side.passages().forEach(p -> quotes.add(p.exact()));
  }
}
