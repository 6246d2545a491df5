package io.lectern.operations.internal.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Every setting that one of Lectern's own conditions reads must be one a start compares with the AOT
 * build's ({@link BuildSettings#decidesBeans}): otherwise a start could take the build's generated beans
 * while that setting asks for others. A new condition on a setting listed as bound at run time fails here.
 */
class ConditionsReadBuildSettingsTest {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^:}]+)");

	@Test
	void everySettingOurConditionsReadIsComparedWithTheBuild() throws Exception {
		Set<String> read = new TreeSet<>();
		for (Class<?> type : lecternClasses()) {
			for (AnnotatedElement element : elementsOf(type)) {
				read.addAll(settingsReadBy(MergedAnnotations.from(element)));
			}
		}

		assertThat(read).as("the settings Lectern's conditions read").contains("lectern.content.dir", "lectern.content.watch",
				"lectern.content.git.url");
		assertThat(read).allSatisfy(name -> assertThat(BuildSettings.decidesBeans(ConfigurationPropertyName.of(name)))
				.as("%s is read by a condition, so a start must match the build's", name).isTrue());
	}

	private static List<String> settingsReadBy(MergedAnnotations annotations) {
		List<String> names = new ArrayList<>();
		annotations.stream(ConditionalOnExpression.class).forEach(expression -> {
			Matcher placeholder = PLACEHOLDER.matcher(expression.getString("value"));
			while (placeholder.find()) {
				names.add(placeholder.group(1));
			}
		});
		Stream.concat(annotations.stream(ConditionalOnProperty.class), annotations.stream(ConditionalOnBooleanProperty.class))
				.forEach(property -> {
					String prefix = property.getString("prefix");
					Stream.concat(Arrays.stream(property.getStringArray("name")), Arrays.stream(property.getStringArray("value")))
							.map(name -> prefix.isEmpty() ? name : prefix.replaceAll("\\.$", "") + "." + name)
							.forEach(names::add);
				});
		return names;
	}

	private static List<AnnotatedElement> elementsOf(Class<?> type) {
		List<AnnotatedElement> elements = new ArrayList<>(List.of(type));
		elements.addAll(Arrays.asList(type.getDeclaredMethods()));
		return elements;
	}

	private static List<Class<?>> lecternClasses() throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
				return true;
			}
		};
		scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile("io\\.lectern\\..*")));
		List<Class<?>> classes = new ArrayList<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("io.lectern")) {
			Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), ConditionsReadBuildSettingsTest.class.getClassLoader());
			// The portal's own classes, not the tests'.
			if (!type.getProtectionDomain().getCodeSource().getLocation().getPath().endsWith("test-classes/")) {
				classes.add(type);
			}
		}
		assertThat(classes).hasSizeGreaterThan(100);
		return classes;
	}
}
