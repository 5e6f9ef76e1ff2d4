package org.parallax.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a sentence into the token ids an uncased BERT model reads: {@code [CLS]}, word pieces,
 * {@code [SEP]}.
 *
 * <p>Each word from {@link BertPreTokenizer} is cut greedily into the longest pieces the vocabulary
 * holds, continuation pieces marked {@code ##}; a word that cannot be cut, or is longer than 100
 * characters, becomes {@code [UNK]}. Immutable and thread-safe.
 */
final class WordPieceTokenizer {

  private static final String CONTINUATION = "##";
  private static final int LONGEST_WORD = 100;

  private final Map<String, Integer> ids;
  private final int maxTokens;
  private final int unknownId;
  private final int clsId;
  private final int sepId;

  private WordPieceTokenizer(Map<String, Integer> ids, int maxTokens) {
    this.ids = ids;
    this.maxTokens = maxTokens;
    this.unknownId = required(ids, "[UNK]");
    this.clsId = required(ids, "[CLS]");
    this.sepId = required(ids, "[SEP]");
  }

  /**
   * Reads a vocabulary of one piece a line, a piece's id being its line number from 0.
   *
   * @param vocabulary UTF-8 text; closed by this method
   * @param maxTokens the longest id sequence returned, {@code [CLS]} and {@code [SEP]} included;
   *     longer sentences lose their last pieces
   */
  static WordPieceTokenizer read(InputStream vocabulary, int maxTokens) {
    if (maxTokens < 2) {
      throw new IllegalArgumentException("max tokens " + maxTokens);
    }
    Map<String, Integer> ids = new HashMap<>(40_000);
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(vocabulary, StandardCharsets.UTF_8))) {
      String line;
      int lineNumber = 0;
      while ((line = reader.readLine()) != null) {
        if (!line.isEmpty()) {
          ids.putIfAbsent(line, lineNumber);
        }
        lineNumber++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the WordPiece vocabulary", e);
    }
    return new WordPieceTokenizer(ids, maxTokens);
  }

  /** Returns the ids of {@code text}: {@code [CLS]}, at most the allowed pieces, {@code [SEP]}. */
  int[] encode(String text) {
    int[] out = new int[maxTokens];
    int length = 0;
    out[length++] = clsId;
    int room = maxTokens - 1;
    for (String word : BertPreTokenizer.words(text)) {
      if (length >= room) {
        break;
      }
      length = appendPieces(word, out, length, room);
    }
    out[length++] = sepId;
    return Arrays.copyOf(out, length);
  }

  /** Returns the pieces of {@code text} as strings; slow (it inverts the vocabulary), for tests. */
  List<String> pieces(String text) {
    Map<Integer, String> byId = new HashMap<>();
    ids.forEach((piece, id) -> byId.put(id, piece));
    return Arrays.stream(encode(text)).mapToObj(byId::get).toList();
  }

  private int appendPieces(String word, int[] out, int length, int room) {
    if (word.codePointCount(0, word.length()) > LONGEST_WORD) {
      out[length] = unknownId;
      return length + 1;
    }
    int[] pieces = new int[word.length()];
    int count = 0;
    int start = 0;
    while (start < word.length()) {
      int end = word.length();
      Integer found = null;
      while (end > start) {
        String candidate = word.substring(start, end);
        found = ids.get(start == 0 ? candidate : CONTINUATION + candidate);
        if (found != null) {
          break;
        }
        end = previousBoundary(word, end);
      }
      if (found == null) {
        out[length] = unknownId;
        return length + 1;
      }
      pieces[count++] = found;
      start = end;
    }
    // Truncation keeps the first pieces even when it cuts a word, as the model's tokenizer does.
    int kept = Math.min(count, room - length);
    System.arraycopy(pieces, 0, out, length, kept);
    return length + kept;
  }

  /** Steps back one code point, so a piece never ends inside a surrogate pair. */
  private static int previousBoundary(String word, int end) {
    return end - Character.charCount(word.codePointBefore(end));
  }

  private static int required(Map<String, Integer> ids, String piece) {
    Integer id = ids.get(piece);
    if (id == null) {
      throw new IllegalStateException("WordPiece vocabulary lacks " + piece);
    }
    return id;
  }
}
