package io.lectern.operations.internal.startup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.StandardEnvironment;

/** The settings are written once per jar, by the portal's context, even when the build has a management port. */
class BuildSettingsRecorderTest {

	private final BuildSettingsRecorder recorder = new BuildSettingsRecorder();

	@Test
	void thePortalsOwnContextWritesTheSettings() {
		assertThat(recorder.processAheadOfTime(factory(null))).isNotNull();
	}

	@Test
	void theManagementServersChildContextWritesNothing() {
		// Its settings are the portal's; a second write of the same file stops the build.
		assertThat(recorder.processAheadOfTime(factory(factory(null)))).isNull();
	}

	private static DefaultListableBeanFactory factory(DefaultListableBeanFactory parent) {
		DefaultListableBeanFactory factory = new DefaultListableBeanFactory(parent);
		factory.registerSingleton("environment", new StandardEnvironment());
		factory.registerResolvableDependency(ConfigurableEnvironment.class, factory.getBean("environment"));
		return factory;
	}
}
