package io.lectern.operations.internal.startup;

import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Runs only in the AOT processing of `./mvnw package` (registered in META-INF/spring/aot.factories):
 * writes the settings that build saw into the jar, beside the bean definitions generated from them, so
 * that a start can tell whether it may use those definitions ({@link AheadOfTimeChoice}).
 *
 * <p>A build with a management port of its own also processes the management server's child context,
 * which shares the portal's settings: only the portal's own context writes them, once.
 */
class BuildSettingsRecorder implements BeanFactoryInitializationAotProcessor {

	@Override
	public BeanFactoryInitializationAotContribution processAheadOfTime(ConfigurableListableBeanFactory beanFactory) {
		if (beanFactory.getParentBeanFactory() != null) {
			return null;
		}
		String settings = BuildSettings.of(beanFactory.getBean(ConfigurableEnvironment.class)).write();
		return (generation, code) -> generation.getGeneratedFiles().addResourceFile(BuildSettings.RESOURCE, settings);
	}
}
