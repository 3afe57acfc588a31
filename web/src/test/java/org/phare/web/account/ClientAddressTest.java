package org.phare.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

  @Test
  void without_trusted_proxies_the_header_is_ignored() {
    ClientAddress none = ClientAddress.of(null);
    assertThat(none.resolve("192.0.2.10", "198.51.100.1")).isEqualTo("192.0.2.10");
  }

  @Test
  void through_trusted_proxies_the_rightmost_untrusted_hop_is_the_client() {
    ClientAddress proxies = ClientAddress.of("10.0.0.0/8, 192.0.2.10, 2001:db8::/32");
    assertThat(proxies.resolve("192.0.2.10", "198.51.100.1")).isEqualTo("198.51.100.1");
    // The client wrote 203.0.113.5 itself; the proxies appended the real address and their own.
    assertThat(proxies.resolve("10.1.2.3", "203.0.113.5, 198.51.100.1, 10.9.9.9"))
        .isEqualTo("198.51.100.1");
    assertThat(proxies.resolve("2001:db8::1", "2001:db9::7")).isEqualTo("2001:db9::7");
    // A peer that is not a proxy cannot choose its address.
    assertThat(proxies.resolve("198.51.100.2", "10.0.0.1")).isEqualTo("198.51.100.2");
    // Garbage (or a host name, never looked up) counts the proxy.
    assertThat(proxies.resolve("10.1.2.3", "evil.example")).isEqualTo("10.1.2.3");
    assertThat(proxies.resolve("10.1.2.3", "999.1.1.1")).isEqualTo("10.1.2.3");
  }

  @Test
  void an_unreadable_setting_stops_the_start() {
    assertThatThrownBy(() -> ClientAddress.of("10.0.0.0/33"))
        .hasMessageContaining("PHARE_TRUSTED_PROXIES");
    assertThatThrownBy(() -> ClientAddress.of("proxy.local"))
        .hasMessageContaining("PHARE_TRUSTED_PROXIES");
  }
}
