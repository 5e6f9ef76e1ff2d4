package org.parallax.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.compare.StockPhrases;
import org.parallax.model.Article;
import org.parallax.testing.Articles;

/** Boilerplate is learnt from the workspace's own stories, in a real index. */
class WorkspaceBoilerplateTest {

  private static final String[] CITIES = {
    "Lagos", "Accra", "Dakar", "Bamako", "Niamey", "Abuja", "Lome", "Cotonou", "Conakry", "Freetown"
  };

  @TempDir Path folder;

  @Test
  void signOffInEveryStoryIsStockAndAStoryOfItsOwnIsNot() throws Exception {
    try (Workspace workspace = workspaceOf(storiesWithSignOff(30))) {
      WorkspaceBoilerplate boilerplate = workspace.boilerplate();

      assertThat(boilerplate.isStock(StockPhrases.words("for more information contact"))).isTrue();
      assertThat(boilerplate.isStock(StockPhrases.words("harbour in Lagos reopened"))).isFalse();
      assertThat(boilerplate.isCommon("harbour")).isTrue();
      assertThat(boilerplate.isCommon("lagos")).isFalse();
    }
  }

  @Test
  void smallWorkspaceHasNoBoilerplate() throws Exception {
    try (Workspace workspace = workspaceOf(storiesWithSignOff(5))) {
      assertThat(
              workspace.boilerplate().isStock(StockPhrases.words("for more information contact")))
          .isFalse();
    }
  }

  private Workspace workspaceOf(List<Article> stories) throws Exception {
    Workspace workspace = Workspace.open(folder.resolve("ws"));
    workspace.ingestArticles(stories);
    return workspace;
  }

  private static List<Article> storiesWithSignOff(int count) {
    List<Article> stories = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String city = CITIES[i % CITIES.length];
      stories.add(
          Articles.withId("story-" + i)
              .outlet("Wire")
              .paragraphs(
                  List.of(
                      String.format(
                          Locale.ROOT,
                          "The harbour in %s reopened on day %d after repairs to berth %d.",
                          city,
                          i,
                          i * 7),
                      "For more information contact the port authority press office."))
              .build());
    }
    return stories;
  }
}
