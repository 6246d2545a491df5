package io.lectern;

import io.lectern.content.ContentCheck;
import io.lectern.i18n.InterfaceLanguages;
import io.lectern.i18n.InterfaceMessages;
import io.lectern.i18n.LocalFormats;
import io.lectern.i18n.TemplateContexts;
import io.lectern.operations.AheadOfTimeChoice;
import io.lectern.quiz.Quizzes;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableAsync;

@SpringBootApplication
@ConfigurationPropertiesScan
// Module listeners (@ApplicationModuleListener) run after the commit, on their own threads.
@EnableAsync
public class LecternApplication {

	/** A system property: records start-up's steps, which a run measuring start-up asks for. */
	private static final String RECORD_STARTUP = "lectern.startup.record";
	private static final int STARTUP_STEPS = 20_000;

	public static void main(String[] args) {
		// Checking a content folder must not need a port, a database or a Spring context:
		// authors run it in their own CI before publishing.
		CommandLine command = CommandLine.of(List.of(args), Optional.ofNullable(System.getenv("LECTERN_CONTENT_DIR")));
		if (command instanceof CommandLine.Help) {
			System.out.print(CommandLine.USAGE);
			return;
		}
		if (command instanceof CommandLine.Validate validate) {
			System.exit(ContentCheck.run(validate.folder(), System.out, List.of(Quizzes::problemsIn), validate.strict()));
		}
		SpringApplication application = new SpringApplication(LecternApplication.class);
		if (Boolean.getBoolean(RECORD_STARTUP)) {
			// Each step of start-up with its duration, for /actuator/startup (bench/startup.sh STEPS=1).
			application.setApplicationStartup(new BufferingApplicationStartup(STARTUP_STEPS));
		}
		application.addListeners(new AheadOfTimeChoice());
		application.run(args);
	}

	/**
	 * Every module reads time from this one bean (deadlines, grace periods, login throttling, visits,
	 * backups), so tests can move it. It lives with the application rather than in a module, so that
	 * no module depends on another for the time.
	 */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/**
	 * Every module's pages and messages read the interface's words from this one source (the bundles
	 * under {@code i18n/}), named as Spring Boot and Thymeleaf look for it. Like the clock, it lives
	 * with the application, so a module's own tests render its pages in every language too.
	 */
	@Bean
	InterfaceMessages messageSource() {
		return new InterfaceMessages();
	}

	/** The languages the interface is shipped in: the language menu, {@code <html lang dir>}. */
	@Bean
	InterfaceLanguages languages() {
		return new InterfaceLanguages();
	}

	/** Templates rendered outside a view (lesson pages, spliced fragments) with the request's language and beans. */
	@Bean
	TemplateContexts templateContexts(org.springframework.context.ApplicationContext application) {
		return new TemplateContexts(application);
	}

	/** Dates, numbers and percentages for the reader's language and time zone: {@code ${@formats.date(x)}}. */
	@Bean
	LocalFormats formats() {
		return new LocalFormats();
	}
}
