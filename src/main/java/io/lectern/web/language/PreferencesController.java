package io.lectern.web.language;

import io.lectern.i18n.InterfaceLanguages;
import io.lectern.accounts.LearnerPreferences;
import io.lectern.accounts.LearnerPreferences.Preferences;
import io.lectern.accounts.SignedIn;
import jakarta.servlet.http.HttpServletRequest;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The learner's profile choices: the interface's language, kept with their account so every device
 * they sign in on follows it, and the time zone their times are shown in.
 */
@Controller
class PreferencesController {

	/** Zones by their region and city names, as people look for them; the legacy aliases left out. */
	static final List<String> ZONES = ZoneId.getAvailableZoneIds()
		.stream()
		.filter(id -> id.matches("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_/\\-]+"))
		.sorted()
		.toList();

	private final InterfaceLanguages languages;
	private final LearnerPreferences preferences;

	PreferencesController(InterfaceLanguages languages, LearnerPreferences preferences) {
		this.languages = languages;
		this.preferences = preferences;
	}

	@GetMapping("/me/preferences")
	String initPreferencesForm(@AuthenticationPrincipal SignedIn learner, Model model) {
		Preferences own = preferences.of(learner.learnerId());
		model.addAttribute("languages", languages.all());
		model.addAttribute("zones", ZONES);
		model.addAttribute("chosenLanguage", own.language().flatMap(languages::match).map(Locale::toLanguageTag).orElse(""));
		model.addAttribute("chosenZone", own.timeZone().map(ZoneId::getId).orElse(""));
		return "web/preferences";
	}

	@PostMapping("/me/preferences")
	String processPreferencesForm(@AuthenticationPrincipal SignedIn learner,
			@RequestParam(name = "language", defaultValue = "") String language,
			@RequestParam(name = "zone", defaultValue = "") String zone, HttpServletRequest request,
			RedirectAttributes redirect) {
		Preferences chosen = new Preferences(language(language), zone(zone));
		preferences.save(learner.learnerId(), chosen);
		LearnerLocaleResolver.remember(request, learner.learnerId(), chosen);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/me/preferences";
	}

	/** Empty means the browser's language; anything else must be a language we ship. */
	private Optional<Locale> language(String tag) {
		if (tag.isBlank()) {
			return Optional.empty();
		}
		return Optional.of(languages.match(Locale.forLanguageTag(tag))
			.filter(locale -> locale.toLanguageTag().equals(tag))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "reason.unknownLanguage")));
	}

	private static Optional<ZoneId> zone(String id) {
		if (id.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(ZoneId.of(id));
		}
		catch (DateTimeException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "reason.unknownZone");
		}
	}
}
