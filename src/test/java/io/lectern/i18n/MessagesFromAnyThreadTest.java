package io.lectern.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The bundles are found whichever thread loads them first. In the packaged jar, a worker thread of
 * the common pool (which renders lessons in parallel at start-up) has a context class loader that
 * cannot see inside the jar; the portal once failed to start when such a thread drew the first diagram.
 */
class MessagesFromAnyThreadTest {

	@Test
	void aThreadWhoseContextClassLoaderSeesNoBundleStillFindsEveryMessage() throws Exception {
		AtomicReference<InterfaceMessages> loaded = new AtomicReference<>();
		Thread worker = new Thread(() -> loaded.set(new InterfaceMessages()));
		try (URLClassLoader seesNothing = new URLClassLoader(new URL[0], null)) {
			worker.setContextClassLoader(seesNothing);
			worker.start();
			worker.join();
		}

		assertThat(loaded.get().getMessage("diagram.legend.line", null, Locale.ENGLISH)).isNotBlank();
		assertThat(loaded.get().getMessage("diagram.legend.line", null, Locale.GERMAN))
			.isNotEqualTo(loaded.get().getMessage("diagram.legend.line", null, Locale.ENGLISH));
	}
}
