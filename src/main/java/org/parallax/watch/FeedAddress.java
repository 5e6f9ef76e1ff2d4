package org.parallax.watch;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * What counts as a feed's address, for the {@code watch --feed} option and the window's File &gt;
 * Watch feed…: an absolute http or https address with a host.
 */
public final class FeedAddress {

  private FeedAddress() {}

  /**
   * Returns the address as typed, checked.
   *
   * @param typed what the user gave, surrounding spaces ignored
   * @throws IllegalArgumentException saying, with the address, what is wrong with it
   */
  public static URI parse(String typed) {
    String text = typed.strip();
    try {
      URI address = new URI(text);
      String scheme = address.getScheme() == null ? "" : address.getScheme();
      if (!scheme.equalsIgnoreCase("http") && !scheme.equalsIgnoreCase("https")
          || address.getHost() == null) {
        throw new IllegalArgumentException(text + ": a feed needs an http:// or https:// address");
      }
      return address;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(text + ": not a web address (" + e.getReason() + ")", e);
    }
  }
}
