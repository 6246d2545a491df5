package io.lectern.web.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.i18n.InterfaceLanguages;
import io.lectern.i18n.InterfaceMessages;
import io.lectern.web.Browser;
import io.lectern.web.BundledQuiz;
import io.lectern.web.PortalTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.annotation.Bean;

/**
 * A test-only language, en-XA, whose every message is English wrapped in ⟦…⟧. A crawler reads each
 * kind of page in it, as a guest and signed in, through a quiz attempt, its result and its review,
 * account security, /verify and its verdict, and the diagram explorer, and finds no interface text
 * outside the markers: what is left is the author's content (found in the course's own files and
 * the bundled diagrams), the learner's name and device, numbers and dates.
 */
class PseudoLocaleCrawlTest extends PortalTest {

	static final Locale PSEUDO = Locale.forLanguageTag("en-XA");

	/** Inside these the author's words stand as written; the lesson body, a question's prompt and choices. */
	private static final String CONTENT = ".lesson-body, .question-prompt, .choice span, .review-answers dd, .feedback, "
			+ ".explanation > div, .search-snippet, time, code, #language-choice, #language option[lang], #zone option[value~=.+], "
			+ ".session-device, .table-services, #credential";

	private static final Pattern MARKED = Pattern.compile("⟦[^⟦⟧]*⟧");

	private static final Pattern NOT_WORDS = Pattern.compile("[\\p{N}\\p{P}\\p{S}\\s]*");

	private static final String NAME = "Pseudo Learner";

	@TestConfiguration
	static class PseudoLanguage {

		@Bean
		static BeanPostProcessor pseudoLanguage() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					if (bean instanceof InterfaceMessages) {
						return new Marked();
					}
					if (bean instanceof InterfaceLanguages) {
						List<Locale> all = new ArrayList<>(InterfaceLanguages.SHIPPED);
						all.add(PSEUDO);
						return new InterfaceLanguages(all);
					}
					return bean;
				}
			};
		}
	}

	/** English, marked, for the pseudo-language; every other language as shipped. */
	static class Marked extends InterfaceMessages {

		@Override
		public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
			return mark(super.getMessage(code, args, defaultMessage, locale), locale);
		}

		@Override
		public String getMessage(String code, Object[] args, Locale locale) {
			return mark(super.getMessage(code, args, locale), locale);
		}

		@Override
		public String getMessage(MessageSourceResolvable resolvable, Locale locale) {
			return mark(super.getMessage(resolvable, locale), locale);
		}

		private static String mark(String message, Locale locale) {
			return message != null && PSEUDO.equals(locale) ? "⟦" + message + "⟧" : message;
		}
	}

	@Test
	void everyPageTypeWritesItsInterfaceOnlyThroughTheBundles() {
		Map<String, List<String>> unmarked = new TreeMap<>();
		Browser guest = new Browser(port);
		guest.get("/language?lang=en-XA");
		for (String page : List.of("/", "/courses/aws-data-security", "/courses/aws-data-security/shared-responsibility",
				"/search?q=", "/search?q=encryption", "/search?q=zebraquagga", "/login", "/register", BundledQuiz.INTRO,
				"/login/forgot", "/login/reset?token=no-such-link", "/verify", "/diagrams/shared-responsibility",
				"/diagrams/shared-responsibility?service=EMR", "/diagrams/shared-responsibility?model=container",
				"/diagrams/shared-responsibility?service=Redis")) {
			check(guest, page, unmarked);
		}
		// A verdict, from the words of the checks; this portal has no public address, so it issues none.
		guest.get("/verify");
		check("/verify (a verdict)", guest.submit("/verify", "credential", "not a credential").body(), unmarked);
		// The error page, as a browser asks for it (HTML, not the JSON error other clients get).
		check("/no/such/page", pages.get("/no/such/page", "Accept", "text/html", "Cookie", "lectern-language=en-XA").body(),
				unmarked);

		Browser learner = new Browser(port);
		learner.get("/language?lang=en-XA");
		learner.register("pseudo-" + System.nanoTime() % 1_000_000, NAME);
		String attempt = BundledQuiz.start(learner);
		check(learner, attempt, unmarked);
		learner.get(attempt);
		String saved = java.net.URI.create(learner.submit(attempt, "action", "save").headers().firstValue("Location").orElseThrow())
			.getRawPath();
		check(learner, saved, unmarked);
		learner.get(attempt);
		learner.submit(attempt, "action", "submit");
		for (String page : List.of(attempt, BundledQuiz.INTRO, "/me", "/me/preferences", "/review",
				"/", "/courses/aws-data-security", "/courses/aws-data-security/shared-responsibility", "/me/security",
				"/me/security/mfa", "/me/security/passkeys", "/me/delete", "/me/certificates")) {
			check(learner, page, unmarked);
		}
		// A refusal the account's code puts in words, under the field it is about.
		learner.get("/me/security");
		check("/me/security (a refusal)", learner.submit("/me/security/password", "currentPassword", "wrong password",
				"newPassword", "a new long password", "confirmPassword", "another long password").body(), unmarked);
		assertThat(unmarked).as("interface text outside the bundles, by page").isEmpty();
	}

	private void check(Browser browser, String path, Map<String, List<String>> unmarked) {
		check(path, browser.get(path).body(), unmarked);
	}

	private void check(String path, String html, Map<String, List<String>> unmarked) {
		// A message may hold markup (a link inside a sentence): take marked text out of the page's
		// source before parsing, so the words inside its elements count as marked too.
		String unmarkedHtml = html;
		for (String before = null; !unmarkedHtml.equals(before);) {
			before = unmarkedHtml;
			unmarkedHtml = MARKED.matcher(unmarkedHtml).replaceAll(" ");
		}
		Document page = Jsoup.parse(unmarkedHtml);
		if (!Jsoup.parse(html).selectFirst("html").attr("lang").equals("en-XA")) {
			unmarked.put(path, List.of("not a page in en-XA: " + html.substring(0, Math.min(200, html.length()))));
			return;
		}
		page.select(CONTENT).remove();
		page.select("script, style, svg, noscript").remove();
		List<String> left = new ArrayList<>();
		for (Element element : page.getAllElements()) {
			for (TextNode text : element.textNodes()) {
				leftOver(text.getWholeText()).ifPresent(left::add);
			}
			for (String attribute : List.of("title", "aria-label", "placeholder", "alt", "data-unsaved-warning", "content")) {
				if (element.hasAttr(attribute) && !(attribute.equals("content") && !"description".equals(element.attr("name")))) {
					leftOver(element.attr(attribute)).ifPresent(left::add);
				}
			}
		}
		if (!left.isEmpty()) {
			unmarked.put(path, left);
		}
	}

	/** The words of a text that no message wrapped and that are not the author's, the learner's or numbers. */
	private static java.util.Optional<String> leftOver(String text) {
		String rest = text;
		for (String before = null; !rest.equals(before);) {
			before = rest;
			rest = MARKED.matcher(rest).replaceAll(" ");
		}
		rest = rest.replace(NAME, " ").replace("Lectern", " ").replaceAll("\\s+", " ").strip();
		if (NOT_WORDS.matcher(rest).matches()) {
			return java.util.Optional.empty();
		}
		for (String part : rest.split("\\s*[·|⟦⟧]\\s*")) {
			String words = part.strip();
			if (!NOT_WORDS.matcher(words).matches() && !authored(words)) {
				return java.util.Optional.of(words);
			}
		}
		return java.util.Optional.empty();
	}

	private static String authoredText;

	/** Whether these words appear in the bundled course's own files: titles, summaries, topics. */
	private static boolean authored(String words) {
		if (authoredText == null) {
			try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/resources/content")),
					Files.walk(Path.of("src/main/resources/diagrams")))) {
				authoredText = files.filter(Files::isRegularFile).map(file -> {
					try {
						return Files.readString(file, StandardCharsets.UTF_8);
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}).collect(Collectors.joining("\n")).replaceAll("\\s+", " ");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return authoredText.contains(words);
	}
}
