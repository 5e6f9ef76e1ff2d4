package org.parallax.analysis;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The quantised all-MiniLM-L6-v2 network in ONNX Runtime, run on a whole padded batch at once.
 *
 * <p>The weights and the vocabulary are read from the langchain4j jars on the classpath, so nothing
 * is downloaded. A sentence's vector is the mean of its tokens' output states, {@code [CLS]} and
 * {@code [SEP]} included and padding left out, scaled to length 1: the pooling the model was
 * published with. Thread-safe: ONNX Runtime sessions may run concurrently.
 */
final class MiniLmModel {

  static final int DIMENSION = 384;

  /**
   * The tokenizer file shipped with the model truncates at 128 tokens, and the vectors Parallax has
   * always used were computed that way; longer sentences keep their first 126 pieces.
   */
  static final int MAX_TOKENS = 128;

  private static final String MODEL_RESOURCE = "all-minilm-l6-v2-q.onnx";
  private static final String VOCABULARY_RESOURCE = "bert-vocabulary-en.txt";
  private static final String TOKEN_TYPES = "token_type_ids";

  private static final Logger LOG = LoggerFactory.getLogger(MiniLmModel.class);

  /** One loaded network per thread setting, shared by every embedder of the process. */
  private static final Map<Integer, MiniLmModel> SHARED = new ConcurrentHashMap<>();

  private final OrtEnvironment environment;
  private final OrtSession session;
  private final boolean wantsTokenTypes;
  private final WordPieceTokenizer tokenizer;

  private MiniLmModel(OrtEnvironment environment, OrtSession session, WordPieceTokenizer tokenizer)
      throws OrtException {
    this.environment = environment;
    this.session = session;
    Set<String> inputs = session.getInputNames();
    this.wantsTokenTypes = inputs.contains(TOKEN_TYPES);
    this.tokenizer = tokenizer;
  }

  /**
   * Returns the process's network for a thread setting, loading it on first use.
   *
   * @param threads how many threads ONNX Runtime may use inside one call; 0 lets it choose
   */
  static MiniLmModel shared(int threads) {
    return SHARED.computeIfAbsent(
        threads,
        t -> {
          long start = System.nanoTime();
          MiniLmModel model = load(t);
          LOG.info(
              "Loaded MiniLM embedding model in {} ms", (System.nanoTime() - start) / 1_000_000);
          return model;
        });
  }

  /**
   * Loads the network and its vocabulary from the classpath.
   *
   * @param threads how many threads ONNX Runtime may use inside one call; 0 lets it choose
   */
  private static MiniLmModel load(int threads) {
    ClassLoader loader = MiniLmModel.class.getClassLoader();
    byte[] weights = readResource(loader, MODEL_RESOURCE);
    WordPieceTokenizer tokenizer;
    try (InputStream vocabulary = open(loader, VOCABULARY_RESOURCE)) {
      tokenizer = WordPieceTokenizer.read(vocabulary, MAX_TOKENS);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + VOCABULARY_RESOURCE, e);
    }
    try {
      OrtEnvironment environment = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      if (threads > 0) {
        options.setIntraOpNumThreads(threads);
      }
      // Idle ONNX threads would otherwise spin for work and steal the cores the rest of the
      // comparison (and other programs) need.
      options.addConfigEntry("session.intra_op.allow_spinning", "0");
      OrtSession session = environment.createSession(weights, options);
      return new MiniLmModel(environment, session, tokenizer);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot start the MiniLM model in ONNX Runtime", e);
    }
  }

  /** Returns the token ids the model reads for {@code sentence}. */
  int[] tokens(String sentence) {
    return tokenizer.encode(sentence);
  }

  /**
   * Runs one batch through the network.
   *
   * @param batch token ids of each sentence, as {@link #tokens} gives them
   * @return one unit-length vector per sentence, in the order given
   */
  float[][] embed(List<int[]> batch) {
    int rows = batch.size();
    int columns = 0;
    for (int[] ids : batch) {
      columns = Math.max(columns, ids.length);
    }
    long[] inputIds = new long[rows * columns];
    long[] mask = new long[rows * columns];
    for (int row = 0; row < rows; row++) {
      int[] ids = batch.get(row);
      for (int column = 0; column < ids.length; column++) {
        inputIds[row * columns + column] = ids[column];
        mask[row * columns + column] = 1;
      }
    }
    long[] shape = {rows, columns};
    try (OnnxTensor idTensor =
            OnnxTensor.createTensor(environment, LongBuffer.wrap(inputIds), shape);
        OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
        OnnxTensor typeTensor =
            OnnxTensor.createTensor(
                environment, LongBuffer.wrap(new long[rows * columns]), shape)) {
      Map<String, OnnxTensor> inputs = new HashMap<>();
      inputs.put("input_ids", idTensor);
      inputs.put("attention_mask", maskTensor);
      if (wantsTokenTypes) {
        inputs.put(TOKEN_TYPES, typeTensor);
      }
      try (OrtSession.Result result = session.run(inputs)) {
        FloatBuffer states = ((OnnxTensor) result.get(0)).getFloatBuffer();
        return meanPool(states, batch, columns);
      }
    } catch (OrtException e) {
      throw new IllegalStateException("MiniLM failed on a batch of " + rows + " sentences", e);
    }
  }

  /** Averages each sentence's own token states; padding never enters the mean. */
  private static float[][] meanPool(FloatBuffer states, List<int[]> batch, int columns) {
    float[][] vectors = new float[batch.size()][];
    for (int row = 0; row < batch.size(); row++) {
      int length = batch.get(row).length;
      double[] sum = new double[DIMENSION];
      for (int token = 0; token < length; token++) {
        int base = (row * columns + token) * DIMENSION;
        for (int d = 0; d < DIMENSION; d++) {
          sum[d] += states.get(base + d);
        }
      }
      float[] mean = new float[DIMENSION];
      for (int d = 0; d < DIMENSION; d++) {
        mean[d] = (float) (sum[d] / length);
      }
      vectors[row] = Vectors.unit(mean);
    }
    return vectors;
  }

  private static byte[] readResource(ClassLoader loader, String name) {
    try (InputStream in = open(loader, name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  private static InputStream open(ClassLoader loader, String name) {
    InputStream in = loader.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(
          name + " is not on the classpath: the langchain4j MiniLM jars are missing");
    }
    return in;
  }
}
