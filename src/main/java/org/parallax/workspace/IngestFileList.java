package org.parallax.workspace;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.parallax.model.IngestFailure;

/**
 * The files an ingest reads from the paths it was given: a file as it is, a folder's visible files
 * in name order. What cannot be listed or read becomes a failure, so the rest is still stored.
 */
final class IngestFileList {

  private IngestFileList() {}

  /**
   * Adds the files under one path to {@code files}, and what cannot be read to {@code failed}.
   *
   * @param path a file or a folder
   */
  static void add(Path path, List<Path> files, List<IngestFailure> failed) {
    if (Files.isRegularFile(path)) {
      files.add(path);
      return;
    }
    if (!Files.isDirectory(path)) {
      failed.add(new IngestFailure(path.toString(), "no such file or folder"));
      return;
    }
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(path, new FolderWalk(found, failed));
    } catch (IOException e) {
      failed.add(
          new IngestFailure(path.toString(), "the folder cannot be listed: " + e.getMessage()));
    }
    found.sort(null);
    files.addAll(found);
  }

  /**
   * Collects the visible files of a folder tree; a subfolder or file that cannot be read is listed
   * as failed and skipped, so the rest of the folder is still stored.
   */
  private static final class FolderWalk extends SimpleFileVisitor<Path> {
    private final List<Path> files;
    private final List<IngestFailure> failed;

    FolderWalk(List<Path> files, List<IngestFailure> failed) {
      this.files = files;
      this.failed = failed;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
      if (attributes.isRegularFile() && !file.getFileName().toString().startsWith(".")) {
        files.add(file);
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException problem) {
      String what = Files.isDirectory(file) ? "the folder" : "the file";
      String reason =
          problem instanceof AccessDeniedException
              ? what + " cannot be read (permission denied); it was skipped"
              : what + " cannot be read (" + problem.getMessage() + "); it was skipped";
      failed.add(new IngestFailure(file.toString(), reason));
      return FileVisitResult.CONTINUE;
    }
  }
}
