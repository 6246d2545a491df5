package io.lectern.content.internal.remote;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * Which addresses the portal may fetch an image from: public ones only. A lesson is text a stranger
 * may have written, and fetching what it names is a request the server makes on the author's behalf;
 * without this an image could read the cloud's metadata service (169.254.169.254), an admin page on
 * the internal network or the portal's own management port.
 */
final class PublicAddresses {

	/** IPv4 blocks that are not public beyond what {@link InetAddress} already knows, as base and prefix length. */
	private static final int[][] RESERVED_V4 = { { 0x00000000, 8 }, { 0x64400000, 10 }, { 0xC0000000, 24 },
			{ 0xC0000200, 24 }, { 0xC6120000, 15 }, { 0xC6336400, 24 }, { 0xCB007100, 24 }, { 0xF0000000, 4 } };

	private final boolean allowLoopback;

	/** @param allowLoopback for tests only, whose server runs on 127.0.0.1; no setting turns it on */
	PublicAddresses(boolean allowLoopback) {
		this.allowLoopback = allowLoopback;
	}

	/**
	 * Resolves a host and returns the address to connect to. Every answer must be public, not just
	 * the first: a name that also points inside is refused rather than raced.
	 */
	InetAddress resolve(String host) throws RefusedImage {
		InetAddress[] answers;
		try {
			answers = InetAddress.getAllByName(host);
		}
		catch (UnknownHostException ex) {
			throw new RefusedImage("the host " + host + " is unknown");
		}
		for (InetAddress answer : answers) {
			if (!allowed(answer)) {
				throw new RefusedImage("the host " + host + " is on a private, loopback or reserved address");
			}
		}
		return answers[0];
	}

	boolean allowed(InetAddress address) {
		return (allowLoopback && address.isLoopbackAddress()) || isPublic(address);
	}

	static boolean isPublic(InetAddress address) {
		if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return false;
		}
		byte[] bytes = address.getAddress();
		if (address instanceof Inet4Address) {
			int ip = ((bytes[0] & 0xff) << 24) | ((bytes[1] & 0xff) << 16) | ((bytes[2] & 0xff) << 8) | (bytes[3] & 0xff);
			return Arrays.stream(RESERVED_V4).noneMatch(block -> (ip >>> (32 - block[1])) == (block[0] >>> (32 - block[1])));
		}
		if (address instanceof Inet6Address) {
			return isPublicV6(bytes);
		}
		return false;
	}

	private static boolean isPublicV6(byte[] bytes) {
		if ((bytes[0] & 0xfe) == 0xfc) {
			return false; // fc00::/7, unique local
		}
		if (startsWith(bytes, 0x20, 0x01, 0x0d, 0xb8) || startsWith(bytes, 0x20, 0x01, 0x00, 0x00)) {
			return false; // 2001:db8::/32 documentation, 2001::/32 Teredo (hides an IPv4 address)
		}
		// Addresses that carry an IPv4 address are judged by it: mapped and compatible (::/96,
		// ::ffff:0:0/96), NAT64 (64:ff9b::/96) and 6to4 (2002::/16).
		if (zeros(bytes, 0, 10) && ((bytes[10] == 0 && bytes[11] == 0) || ((bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff))
				|| startsWith(bytes, 0x00, 0x64, 0xff, 0x9b) && zeros(bytes, 4, 12)) {
			return isPublic(v4(bytes, 12));
		}
		if (startsWith(bytes, 0x20, 0x02)) {
			return isPublic(v4(bytes, 2));
		}
		return true;
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xff) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static boolean zeros(byte[] bytes, int from, int to) {
		for (int i = from; i < to; i++) {
			if (bytes[i] != 0) {
				return false;
			}
		}
		return true;
	}

	private static InetAddress v4(byte[] bytes, int offset) {
		try {
			return InetAddress.getByAddress(Arrays.copyOfRange(bytes, offset, offset + 4));
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException("four bytes are always an IPv4 address", ex);
		}
	}
}
