package org.parallax.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EcbPlusEvaluationsTest {

  @TempDir Path temp;

  @Test
  void evaluationWithoutTheCorpusExitsWithTwoAndSaysWhereItLooked() throws Exception {
    Path empty = Files.createDirectories(temp.resolve("no-data"));
    StringWriter err = new StringWriter();
    CommandLine command = new CommandLine(new EcbPlusEvaluations());
    command.setErr(new PrintWriter(err));

    int exit = command.execute("events", "--data", empty.toString());

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("no ECB+ corpus in").contains(empty.toString());
  }
}
