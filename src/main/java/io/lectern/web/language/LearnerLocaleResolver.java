package io.lectern.web.language;

import io.lectern.accounts.LearnerId;
import io.lectern.i18n.InterfaceLanguages;
import io.lectern.accounts.LearnerPreferences;
import io.lectern.accounts.LearnerPreferences.Preferences;
import io.lectern.accounts.SignedIn;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.i18n.AbstractLocaleContextResolver;

/**
 * Which language a page is written in, and which time zone its times are shown in. The learner's
 * own choice on their preferences page wins; else the language menu's cookie; else the browser's
 * {@code Accept-Language}; else English. Only shipped languages are ever chosen. Times are in the
 * learner's chosen zone, in UTC for everyone else.
 */
@Component("localeResolver")
class LearnerLocaleResolver extends AbstractLocaleContextResolver {

	static final String COOKIE = "lectern-language";

	private static final Duration KEPT = Duration.ofDays(365);

	/** The signed-in learner's choices, read once per session rather than on every page. */
	static final String SESSION_KEY = LearnerLocaleResolver.class.getName() + ".preferences";

	private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

	private final InterfaceLanguages languages;
	private final LearnerPreferences preferences;

	LearnerLocaleResolver(InterfaceLanguages languages, LearnerPreferences preferences) {
		this.languages = languages;
		this.preferences = preferences;
	}

	@Override
	public LocaleContext resolveLocaleContext(HttpServletRequest request) {
		Preferences own = own(request);
		Locale locale = own.language()
			.flatMap(languages::match)
			.or(() -> fromCookie(request))
			.or(() -> fromBrowser(request))
			.orElse(Locale.ENGLISH);
		TimeZone zone = own.timeZone().map(TimeZone::getTimeZone).orElse(UTC);
		return new SimpleTimeZoneAwareLocaleContext(locale, zone);
	}

	/**
	 * Remembers a guest's choice of language in the menu's cookie, for a year, in their own browser
	 * only: a shipped language sets it, anything else (or none) changes nothing. A learner's saved
	 * choice still wins over it.
	 */
	@Override
	public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext context) {
		Optional.ofNullable(context)
			.map(LocaleContext::getLocale)
			.flatMap(languages::match)
			.ifPresent(locale -> response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, locale.toLanguageTag())
				.path("/")
				.maxAge(KEPT)
				.httpOnly(true)
				.secure(request.isSecure())
				.sameSite("Lax")
				.build()
				.toString()));
	}

	/** The language the menu's cookie names, if it is one we ship. */
	Optional<Locale> fromCookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName()) && cookie.getValue() != null) {
				return languages.match(Locale.forLanguageTag(cookie.getValue()));
			}
		}
		return Optional.empty();
	}

	/** The first language of the browser's list, by its weights, that we ship. */
	Optional<Locale> fromBrowser(HttpServletRequest request) {
		String header = request.getHeader("Accept-Language");
		if (header == null || header.isBlank()) {
			return Optional.empty();
		}
		List<Locale.LanguageRange> ranges;
		try {
			ranges = Locale.LanguageRange.parse(header);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		// parse() sorts by weight, highest first; "*" names no language of its own.
		return ranges.stream()
			.filter(range -> !range.getRange().startsWith("*"))
			.map(range -> languages.match(Locale.forLanguageTag(range.getRange())))
			.flatMap(Optional::stream)
			.findFirst();
	}

	private Preferences own(HttpServletRequest request) {
		if (!(request.getUserPrincipal() instanceof Authentication authentication)
				|| !(authentication.getPrincipal() instanceof SignedIn learner)) {
			return Preferences.NONE;
		}
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(SESSION_KEY) instanceof Kept kept
				&& kept.learnerId().equals(learner.learnerId().value())) {
			return kept.preferences();
		}
		Preferences read = preferences.of(learner.learnerId());
		if (session != null) {
			session.setAttribute(SESSION_KEY, new Kept(learner.learnerId().value(), read));
		}
		return read;
	}

	/** Remembers a learner's new choices in their session, so the next page follows them at once. */
	static void remember(HttpServletRequest request, LearnerId learnerId, Preferences chosen) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.setAttribute(SESSION_KEY, new Kept(learnerId.value(), chosen));
		}
	}

	/** Serializable, since the postgres profile keeps sessions in the database. */
	record Kept(String learnerId, String language, String zone) implements java.io.Serializable {

		Kept(String learnerId, Preferences preferences) {
			this(learnerId, preferences.language().map(Locale::toLanguageTag).orElse(null),
					preferences.timeZone().map(java.time.ZoneId::getId).orElse(null));
		}

		Preferences preferences() {
			return new Preferences(Optional.ofNullable(language).map(Locale::forLanguageTag),
					Optional.ofNullable(zone).map(java.time.ZoneId::of));
		}
	}
}
