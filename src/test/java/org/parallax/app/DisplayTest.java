package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DisplayTest {

  @Test
  void linuxWithoutDisplayOrWaylandHasNoDisplay() {
    assertThat(Display.available("Linux", Map.of(), null)).isFalse();
    assertThat(Display.available("Linux", Map.of("DISPLAY", " "), null)).isFalse();
  }

  @Test
  void linuxWithAnX11OrWaylandDisplayHasOne() {
    assertThat(Display.available("Linux", Map.of("DISPLAY", ":99"), null)).isTrue();
    assertThat(Display.available("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), null)).isTrue();
  }

  @Test
  void headlessMonocleNeedsNoDisplay() {
    assertThat(Display.available("Linux", Map.of(), "Monocle")).isTrue();
  }

  @Test
  void windowsAndMacAlwaysHaveOne() {
    assertThat(Display.available("Windows 11", Map.of(), null)).isTrue();
    assertThat(Display.available("Mac OS X", Map.of(), null)).isTrue();
  }

  @Test
  void onlyIngestAndTheWindowCreateAWorkspace() {
    assertThat(LaunchArguments.createsWorkspace(new String[] {"ingest", "a.txt"})).isTrue();
    assertThat(LaunchArguments.createsWorkspace(new String[] {"search", "ingest"})).isFalse();
    assertThat(LaunchArguments.createsWorkspace(new String[] {})).isFalse();
  }
}
