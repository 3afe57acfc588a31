package org.phare.web.account;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * The client address a request counts against in the sign-in limits. {@code X-Forwarded-For} is
 * believed only when the connection comes from a configured reverse proxy ({@code
 * PHARE_TRUSTED_PROXIES}: comma-separated addresses or CIDR blocks, e.g. {@code
 * 10.0.0.5,192.168.0.0/16}); otherwise anyone could send the header and pick a fresh address per
 * attempt. Through trusted proxies, the client is the right-most address of the header that is not
 * itself a trusted proxy (entries further left were written by the client and can be forged).
 */
public final class ClientAddress {

  /**
   * The environment variable (or system property {@code phare.trusted-proxies}) listing proxies.
   */
  public static final String SETTING = "PHARE_TRUSTED_PROXIES";

  private record Block(byte[] network, int bits) {}

  private final List<Block> trusted;

  private ClientAddress(List<Block> trusted) {
    this.trusted = trusted;
  }

  /** From {@code PHARE_TRUSTED_PROXIES}, or the system property {@code phare.trusted-proxies}. */
  public static ClientAddress fromEnvironment() {
    String value = System.getProperty("phare.trusted-proxies");
    if (value == null) {
      value = System.getenv(SETTING);
    }
    return of(value);
  }

  /**
   * Parses a list of addresses and CIDR blocks; an unreadable entry stops the start (a typo must
   * not silently trust nobody, or everybody).
   */
  public static ClientAddress of(String list) {
    List<Block> blocks = new ArrayList<>();
    if (list != null) {
      for (String entry : list.split(",")) {
        String e = entry.trim();
        if (e.isEmpty()) {
          continue;
        }
        int slash = e.indexOf('/');
        byte[] address = parse(slash < 0 ? e : e.substring(0, slash));
        if (address == null) {
          throw new IllegalArgumentException(SETTING + ": not an IP address: " + e);
        }
        int bits = slash < 0 ? address.length * 8 : Integer.parseInt(e.substring(slash + 1));
        if (bits < 0 || bits > address.length * 8) {
          throw new IllegalArgumentException(SETTING + ": bad prefix length: " + e);
        }
        blocks.add(new Block(address, bits));
      }
    }
    return new ClientAddress(List.copyOf(blocks));
  }

  /** The address to count: the peer, or through trusted proxies the forwarded client. */
  public String resolve(String peer, String forwardedFor) {
    if (!isTrusted(peer) || forwardedFor == null || forwardedFor.isBlank()) {
      return peer;
    }
    String[] hops = forwardedFor.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].trim();
      if (parse(hop) == null) {
        return peer; // garbage in the header: count the proxy rather than believe it
      }
      if (!isTrusted(hop)) {
        return hop;
      }
    }
    return peer;
  }

  /** Whether the connection's peer is a configured proxy. */
  public boolean isTrusted(String address) {
    byte[] bytes = parse(address);
    if (bytes == null) {
      return false;
    }
    for (Block block : trusted) {
      if (block.network().length == bytes.length
          && sameBits(block.network(), bytes, block.bits())) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameBits(byte[] a, byte[] b, int bits) {
    if (bits == 0) {
      return true;
    }
    BigInteger mask =
        BigInteger.ONE
            .shiftLeft(a.length * 8)
            .subtract(BigInteger.ONE)
            .xor(BigInteger.ONE.shiftLeft(a.length * 8 - bits).subtract(BigInteger.ONE));
    return new BigInteger(1, a).and(mask).equals(new BigInteger(1, b).and(mask));
  }

  /** A literal IPv4 or IPv6 address (never a host name: no DNS lookup), else null. */
  static byte[] parse(String text) {
    if (text == null || text.isEmpty() || text.length() > 45) {
      return null;
    }
    String t =
        text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
    boolean v4 = t.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    boolean v6 = t.contains(":") && t.matches("[0-9A-Fa-f:.]+");
    if (!v4 && !v6) {
      return null;
    }
    if (v4) {
      byte[] bytes = new byte[4];
      String[] parts = t.split("\\.");
      for (int i = 0; i < 4; i++) {
        int value = Integer.parseInt(parts[i]);
        if (value > 255) {
          return null;
        }
        bytes[i] = (byte) value;
      }
      return bytes;
    }
    try { // a literal with ':' is parsed as IPv6, never looked up
      return InetAddress.getByName(t).getAddress();
    } catch (UnknownHostException e) {
      return null;
    }
  }
}
