package org.parallax.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.model.Article;

/**
 * The workspace's {@code originals/} folder: every ingested file's bytes, named by their SHA-256,
 * kept so a report can always be traced to what was read; taken out with the last article that came
 * from it and put back on undo.
 */
final class Originals {

  private final Path folder;

  Originals(Path workspaceFolder) {
    this.folder = workspaceFolder.resolve("originals");
  }

  /**
   * Keeps the bytes the articles were read from, once (written beside and moved, so a crash never
   * leaves half a file under the final name).
   */
  void keep(byte[] bytes, List<Article> articles) throws IOException {
    String sha256 =
        articles.stream()
            .map(Originals::sha256)
            .filter(hash -> hash != null)
            .findFirst()
            .orElse(null);
    if (sha256 == null) {
      return;
    }
    Path original = folder.resolve(sha256);
    if (Files.exists(original)) {
      return;
    }
    Path partial = Files.createTempFile(folder, sha256, ".partial");
    Files.write(partial, bytes);
    Files.move(partial, original, StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * Deletes the originals of deleted versions that no stored article still comes from, and returns
   * their bytes so an undo can put them back.
   *
   * @param versions the versions deleted
   * @param stillUsed the hashes stored articles still come from
   */
  Map<String, byte[]> takeOut(List<Article> versions, Set<String> stillUsed) throws IOException {
    Map<String, byte[]> taken = new HashMap<>();
    for (Article version : versions) {
      String sha256 = sha256(version);
      if (sha256 == null || stillUsed.contains(sha256) || taken.containsKey(sha256)) {
        continue;
      }
      Path original = folder.resolve(sha256);
      if (Files.exists(original)) {
        taken.put(sha256, Files.readAllBytes(original));
        Files.delete(original);
      }
    }
    return taken;
  }

  /** Puts back originals {@link #takeOut} returned, leaving any stored again since untouched. */
  void putBack(Map<String, byte[]> originals) throws IOException {
    for (Map.Entry<String, byte[]> original : originals.entrySet()) {
      Path file = folder.resolve(original.getKey());
      if (!Files.exists(file)) {
        Files.write(file, original.getValue());
      }
    }
  }

  private static String sha256(Article article) {
    return article.source() == null ? null : article.source().sha256();
  }
}
