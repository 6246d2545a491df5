package io.lectern.accounts.internal.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The few words a person recognises their device by, from the User-Agents browsers send. */
class DeviceTest {

	@Test
	void commonBrowsersAreNamedWithTheirSystem() {
		assertThat(Device.describe("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"))
			.isEqualTo("Firefox on Linux");
		assertThat(Device.describe("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
				+ "Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0")).isEqualTo("Edge on Windows");
		assertThat(Device.describe("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
				+ "Chrome/131.0.0.0 Mobile Safari/537.36")).isEqualTo("Chrome on Android");
		assertThat(Device.describe("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
				+ "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1")).isEqualTo("Safari on iOS");
		assertThat(Device.describe("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) "
				+ "Version/17.5 Safari/605.1.15")).isEqualTo("Safari on macOS");
	}

	@Test
	void anythingElseIsItsFirstWordAndNothingIsAnUnknownDevice() {
		assertThat(Device.describe("curl/8.5.0")).isEqualTo("curl");
		assertThat(Device.describe("Java-http-client/17.0.15")).isEqualTo("Java-http-client");
		assertThat(Device.describe(null)).isEqualTo("Unknown device");
		assertThat(Device.describe("  ")).isEqualTo("Unknown device");
		assertThat(Device.describe("x".repeat(500))).hasSize(40);
	}
}
