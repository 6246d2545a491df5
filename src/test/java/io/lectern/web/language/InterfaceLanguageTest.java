package io.lectern.web.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.web.Browser;
import io.lectern.web.PortalTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Which language a page speaks: the learner's saved choice beats the menu's cookie, which beats the
 * browser's Accept-Language, which beats English; caches are told pages vary by language.
 */
class InterfaceLanguageTest extends PortalTest {

	private static final String LESSON = "/courses/aws-data-security/shared-responsibility";

	@Test
	void aGuestGetsTheFirstShippedLanguageTheirBrowserAsksFor() {
		HttpResponse<String> page = pages.get("/", "Accept-Language", "ko-KR, fr-CA;q=0.8, en;q=0.5");
		assertThat(page.body()).contains("<html lang=\"fr\" dir=\"ltr\"").contains(">Rechercher</button>");
	}

	@Test
	void aBrowserAskingForNoShippedLanguageGetsEnglish() {
		assertThat(pages.get("/", "Accept-Language", "ko, zh;q=0.9").body()).contains("<html lang=\"en\" dir=\"ltr\"")
			.contains(">Search</button>");
	}

	@Test
	void arabicPagesAreWrittenRightToLeft() {
		assertThat(pages.get("/", "Accept-Language", "ar-SA").body()).contains("<html lang=\"ar\" dir=\"rtl\"").contains(">بحث</button>");
	}

	@Test
	void theLanguageMenusCookieBeatsTheBrowser() {
		Browser guest = new Browser(port).speaking("fr");
		HttpResponse<String> chosen = guest.get("/language?lang=pt-BR");
		assertThat(chosen.statusCode()).isEqualTo(302);
		assertThat(chosen.headers().firstValue("Set-Cookie").orElseThrow()).contains("lectern-language=pt-BR")
			.contains("HttpOnly").contains("SameSite=Lax");
		assertThat(guest.get("/").body()).contains("<html lang=\"pt-BR\"").contains(">Pesquisar</button>");
	}

	@Test
	void theMenuIgnoresALanguageWeDoNotShipAndGoesBackToThePageItWasOn() {
		HttpResponse<String> unknown = pages.get("/language?lang=xx", "Referer", "http://localhost:" + port + LESSON + "?a=1");
		assertThat(unknown.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(unknown.headers().firstValue("Location").orElseThrow()).endsWith(LESSON + "?a=1");
		HttpResponse<String> elsewhere = pages.get("/language?lang=de", "Referer", "https://elsewhere.example/phish");
		assertThat(elsewhere.headers().firstValue("Location").orElseThrow()).endsWith("/");
	}

	@Test
	void aLearnersSavedLanguageBeatsTheCookieAndTheBrowser() {
		Browser learner = Browser.newLearner(port).speaking("fr");
		learner.get("/language?lang=es");
		assertThat(learner.get("/me").body()).contains("<html lang=\"es\"");
		learner.get("/me/preferences");
		HttpResponse<String> saved = learner.submit("/me/preferences", "language", "de", "zone", "Asia/Tokyo");
		assertThat(saved.statusCode()).isEqualTo(302);
		String page = learner.follow(saved).body();
		assertThat(page).contains("<html lang=\"de\"").contains("Ihre Einstellungen sind gespeichert.")
			.contains("<option value=\"Asia/Tokyo\" selected=\"selected\">");
		// Back to the browser's choice: the cookie applies again.
		learner.submit("/me/preferences", "language", "", "zone", "");
		assertThat(learner.get("/me").body()).contains("<html lang=\"es\"");
	}

	@Test
	void aPreferenceForALanguageWeDoNotShipIsRefused() {
		Browser learner = Browser.newLearner(port);
		learner.get("/me/preferences");
		assertThat(learner.submit("/me/preferences", "language", "xx", "zone", "").statusCode()).isEqualTo(400);
		assertThat(learner.submit("/me/preferences", "language", "", "zone", "Mars/Olympus").statusCode()).isEqualTo(400);
	}

	@Test
	void pagesTellCachesTheyVaryByLanguageAndLessonValidatorsNameTheLanguage() {
		HttpResponse<String> german = pages.get(LESSON, "Accept-Language", "de");
		HttpResponse<String> japanese = pages.get(LESSON, "Accept-Language", "ja");
		// Tomcat joins every Vary into one list, in lower case.
		assertThat(german.headers().allValues("Vary"))
			.anySatisfy(vary -> assertThat(vary.toLowerCase()).contains("accept-language").contains("cookie"));
		String germanTag = german.headers().firstValue("ETag").orElseThrow();
		String japaneseTag = japanese.headers().firstValue("ETag").orElseThrow();
		assertThat(germanTag).endsWith("-de\"");
		assertThat(japaneseTag).endsWith("-ja\"");
		assertThat(german.body()).contains("<html lang=\"de\"");
		assertThat(japanese.body()).contains("<html lang=\"ja\"");
		// The German validator does not revalidate a Japanese copy.
		assertThat(pages.get(LESSON, "Accept-Language", "ja", "If-None-Match", germanTag).statusCode()).isEqualTo(200);
		assertThat(pages.get(LESSON, "Accept-Language", "de", "If-None-Match", germanTag).statusCode()).isEqualTo(304);
	}

	@Test
	void stylesAndScriptsAreTheSameInEveryLanguage() {
		assertThat(pages.get("/css/lectern.css").headers().allValues("Vary"))
			.noneSatisfy(vary -> assertThat(vary.toLowerCase()).contains("accept-language"));
	}
}
