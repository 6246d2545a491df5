package io.lectern.content.internal.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Literal addresses only: nothing here is looked up or connected to. */
class PublicAddressesTest {

	@ParameterizedTest
	@ValueSource(strings = { "10.0.0.1", "172.16.5.4", "192.168.1.1", "127.0.0.1", "127.8.8.8", "169.254.169.254",
			"0.0.0.0", "100.64.0.1", "224.0.0.1", "255.255.255.255", "198.18.0.1", "::1", "::", "fd00::1", "fc00::1",
			"fe80::1", "ff02::1", "::ffff:10.0.0.1", "::ffff:127.0.0.1", "64:ff9b::a9fe:a9fe", "2002:a00:1::1",
			"2001:db8::1" })
	void privateLoopbackLinkLocalMulticastAndReservedAddressesAreRefused(String literal) throws UnknownHostException {
		assertThat(PublicAddresses.isPublic(InetAddress.getByName(literal))).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "93.184.215.14", "8.8.8.8", "2606:4700::1111", "2a00:1450:4001:80b::200e" })
	void publicAddressesAreAllowed(String literal) throws UnknownHostException {
		assertThat(PublicAddresses.isPublic(InetAddress.getByName(literal))).isTrue();
	}

	@Test
	void theTestSettingOpensLoopbackOnlyNotThePrivateNetwork() throws Exception {
		PublicAddresses forTests = new PublicAddresses(true);

		assertThat(forTests.resolve("127.0.0.1")).isEqualTo(InetAddress.getLoopbackAddress());
		assertThat(forTests.allowed(InetAddress.getByName("10.0.0.1"))).isFalse();
		assertThat(forTests.allowed(InetAddress.getByName("169.254.169.254"))).isFalse();
		assertThatExceptionOfType(RefusedImage.class).isThrownBy(() -> new PublicAddresses(false).resolve("127.0.0.1"));
		assertThatExceptionOfType(RefusedImage.class).isThrownBy(() -> new PublicAddresses(true).resolve("[fd00::1]"));
	}
}
