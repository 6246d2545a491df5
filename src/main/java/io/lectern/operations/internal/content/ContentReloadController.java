package io.lectern.operations.internal.content;

import io.lectern.content.ContentCommit;
import io.lectern.content.ContentReload;
import io.lectern.content.ContentSource;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's content page: where the courses come from, the commit served, and a button that
 * reads the source again. The same reload answers a CI webhook that sends the shared secret instead
 * of a login, in JSON, with a status a script can test: 200 served, 409 refused, 502 the fetch failed.
 */
@Controller
class ContentReloadController {

	private final ContentSource source;
	private final ReloadSecret secret;

	ContentReloadController(ContentSource source, ReloadSecret secret) {
		this.source = source;
		this.secret = secret;
	}

	/**
	 * What a reload did, for the page to word in its reader's language: a message key of
	 * {@code admin.properties} and the commit it names, if any. The reload's own message stays
	 * English, for the webhook's JSON and the logs.
	 */
	record Notice(String code, String commit, boolean served) {

		static Notice of(ContentReload reload) {
			String commit = reload.commit().map(ContentCommit::shortId).orElse(null);
			String where = commit == null ? "folder" : "commit";
			return switch (reload.outcome()) {
				case RELOADED -> new Notice("admin.content.reloaded." + where, commit, true);
				case UNCHANGED -> new Notice("admin.content.unchanged", commit, true);
				case REFUSED -> new Notice("admin.content.refused." + where, commit, false);
				case FAILED -> new Notice(commit == null ? "admin.content.failed" : "admin.content.failed.commit", commit, false);
				case NOT_RELOADABLE -> new Notice("admin.content.notReloadable", commit, false);
			};
		}
	}

	@GetMapping("/admin/content")
	String page(Model model) {
		model.addAttribute("origin", source.origin());
		model.addAttribute("commit", source.commit().orElse(null));
		return "operations/admin-content";
	}

	@PostMapping(path = "/admin/content/reload", headers = "!" + ReloadSecret.HEADER)
	String reload(RedirectAttributes redirect) {
		redirect.addFlashAttribute("reload", Notice.of(source.reload()));
		return "redirect:/admin/content";
	}

	/** For a CI job: the security policy lets a request with the header through, so it is checked here. */
	@PostMapping(path = "/admin/content/reload", headers = ReloadSecret.HEADER)
	ResponseEntity<Map<String, Object>> webhook(@RequestHeader(ReloadSecret.HEADER) String presented) {
		if (!secret.matches(presented)) {
			String why = secret.isSet() ? "The reload secret does not match"
					: "This portal has no reload secret (lectern.content.reload-secret)";
			return ResponseEntity.status(HttpStatus.FORBIDDEN).cacheControl(CacheControl.noStore()).body(Map.of("error", why));
		}
		ContentReload reload = source.reload();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("outcome", reload.outcome().name().toLowerCase(Locale.ROOT));
		reload.commit().ifPresent(commit -> body.put("commit", commit.id()));
		body.put("courses", reload.courses());
		body.put("message", reload.message());
		return ResponseEntity.status(status(reload.outcome())).cacheControl(CacheControl.noStore()).body(body);
	}

	private static HttpStatus status(ContentReload.Outcome outcome) {
		return switch (outcome) {
			case RELOADED, UNCHANGED -> HttpStatus.OK;
			case REFUSED, NOT_RELOADABLE -> HttpStatus.CONFLICT;
			case FAILED -> HttpStatus.BAD_GATEWAY;
		};
	}
}
