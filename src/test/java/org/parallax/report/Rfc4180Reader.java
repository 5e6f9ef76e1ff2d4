package org.parallax.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader for tests: records end in CRLF, fields are either plain (no comma,
 * quote, CR or LF) or wholly quoted with inner quotes doubled. Anything else is an error.
 */
final class Rfc4180Reader {

  private final String input;
  private int at;

  private Rfc4180Reader(String input) {
    this.input = input;
  }

  static List<List<String>> parse(String input) {
    return new Rfc4180Reader(input).records();
  }

  private List<List<String>> records() {
    List<List<String>> records = new ArrayList<>();
    while (at < input.length()) {
      List<String> record = new ArrayList<>();
      while (true) {
        record.add(input.charAt(at) == '"' ? quoted() : plain());
        if (input.startsWith("\r\n", at)) {
          at += 2;
          break;
        }
        expect(',');
      }
      records.add(record);
    }
    return records;
  }

  private String plain() {
    int start = at;
    while (at < input.length() && ",\r\n\"".indexOf(input.charAt(at)) < 0) {
      at++;
    }
    if (at < input.length() && input.charAt(at) == '"') {
      throw new IllegalArgumentException("quote inside an unquoted field at " + at);
    }
    if (at < input.length() && input.charAt(at) != ',' && !input.startsWith("\r\n", at)) {
      throw new IllegalArgumentException("bare line break at " + at);
    }
    if (at >= input.length()) {
      throw new IllegalArgumentException("record not ended by CRLF");
    }
    return input.substring(start, at);
  }

  private String quoted() {
    StringBuilder field = new StringBuilder();
    at++;
    while (true) {
      if (at >= input.length()) {
        throw new IllegalArgumentException("unterminated quoted field");
      }
      char c = input.charAt(at++);
      if (c != '"') {
        field.append(c);
      } else if (at < input.length() && input.charAt(at) == '"') {
        field.append('"');
        at++;
      } else {
        return field.toString();
      }
    }
  }

  private void expect(char c) {
    if (at >= input.length() || input.charAt(at) != c) {
      throw new IllegalArgumentException("expected '" + c + "' at " + at);
    }
    at++;
  }
}
