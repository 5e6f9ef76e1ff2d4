package org.parallax.ingest;

import java.util.Locale;
import java.util.Map;

/** The news agencies whose names appear in signatures, photo credits and datelines. */
final class Wires {

  private static final Map<String, String> NAMES =
      Map.ofEntries(
          Map.entry("REUTERS", "Reuters"),
          Map.entry("AP", "AP"),
          Map.entry("ASSOCIATED PRESS", "AP"),
          Map.entry("THE ASSOCIATED PRESS", "AP"),
          Map.entry("AFP", "AFP"),
          Map.entry("BLOOMBERG", "Bloomberg"),
          Map.entry("DPA", "dpa"),
          Map.entry("XINHUA", "Xinhua"),
          Map.entry("ANADOLU", "Anadolu"),
          Map.entry("EFE", "EFE"),
          Map.entry("ANSA", "ANSA"),
          Map.entry("UPI", "UPI"),
          Map.entry("KYODO", "Kyodo"),
          Map.entry("YONHAP", "Yonhap"),
          Map.entry("PTI", "PTI"),
          Map.entry("IANS", "IANS"));

  /** Agency names as they appear in upper case in sign-offs and photo credits. */
  static final String SIGNATURE_PATTERN =
      "REUTERS|AFP|AP|XINHUA|BLOOMBERG|ANADOLU|DPA|EFE|ANSA|UPI|KYODO|YONHAP";

  /** Agency names as they begin photo credits such as {@code REUTERS/Name}. */
  static final String CREDIT_PATTERN =
      "REUTERS|Reuters|AFP|AP Photo|AP|EPA-EFE|EPA|Getty Images|Bloomberg|Xinhua|ANADOLU|dpa";

  private Wires() {}

  /** Returns the agency's usual name for a code such as {@code REUTERS}, or the text as written. */
  static String outletName(String written) {
    String trimmed = written.strip();
    String known = NAMES.get(trimmed.toUpperCase(Locale.ROOT).replace(" PHOTO", ""));
    return known != null ? known : trimmed;
  }
}
