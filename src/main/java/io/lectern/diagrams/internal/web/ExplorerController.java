package io.lectern.diagrams.internal.web;

import io.lectern.diagrams.DiagramWords;
import io.lectern.diagrams.Diagrams;
import io.lectern.diagrams.ResponsibilityModel;
import io.lectern.diagrams.ResponsibilityView;
import io.lectern.diagrams.ServiceModel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The Shared Responsibility explorer: pick a service or a model and see who secures what, as a
 * page (a plain GET form, so links can be shared) and as standalone SVG images.
 */
@Controller
class ExplorerController {

	static final String PAGE = "/diagrams/shared-responsibility";
	static final String IMAGE = PAGE + ".svg";

	/**
	 * The image carries its own stylesheet, which the site-wide policy would block: this policy
	 * allows that one stylesheet, by hash, and nothing else at all.
	 */
	private static final String IMAGE_POLICY = "default-src 'none'; style-src " + Diagrams.standaloneStyleSource()
			+ "; frame-ancestors 'none'";

	private final Diagrams diagrams;
	private final MessageSource messages;
	/** By view and language: the page's words and its drawing's are in the reader's language. */
	private final Map<String, Explorer> pages = new ConcurrentHashMap<>();

	ExplorerController(Diagrams diagrams, MessageSource messages) {
		this.diagrams = diagrams;
		this.messages = messages;
	}

	/** An unknown name keeps the form, says what went wrong and lists the valid names, with a 400. */
	@GetMapping(PAGE)
	ModelAndView showExplorer(@RequestParam Optional<String> service, @RequestParam Optional<String> model,
			Locale locale) {
		ResponsibilityModel aws = diagrams.responsibility();
		ModelAndView page = new ModelAndView("diagrams/shared-responsibility");
		page.addObject("aws", aws);
		page.addObject("service", service.map(String::strip).orElse(""));
		page.addObject("model", model.map(String::strip).orElse(""));
		try {
			ResponsibilityView view = view(aws, service, model, Optional.empty());
			DiagramWords words = DiagramWords.of(messages, locale);
			page.addObject("explorer", pages.computeIfAbsent(view.key() + "/" + words.language(),
					key -> Explorer.of(diagrams, aws, view, words)));
		}
		catch (InvalidChoiceException wrongName) {
			page.addObject("error", messages.getMessage(wrongName.message, wrongName.arguments, locale));
			page.setStatus(HttpStatus.BAD_REQUEST);
		}
		return page;
	}

	@GetMapping(value = IMAGE, produces = "image/svg+xml")
	ResponseEntity<String> showImage(@RequestParam Optional<String> service, @RequestParam Optional<String> model,
			@RequestParam Optional<String> compare, WebRequest request, Locale locale) {
		ResponsibilityModel aws = diagrams.responsibility();
		String svg = diagrams.standaloneSvg(aws, view(aws, service, model, compare), DiagramWords.of(messages, locale));
		String etag = etag(svg);
		if (request.checkNotModified(etag)) {
			return null;
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("image", "svg+xml", StandardCharsets.UTF_8))
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
			.eTag(etag)
			.header("Content-Security-Policy", IMAGE_POLICY)
			.body(svg);
	}

	@ExceptionHandler
	ResponseEntity<String> refuseImage(InvalidChoiceException wrongName, Locale locale) {
		return ResponseEntity.badRequest()
			.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
			.body(messages.getMessage(wrongName.message, wrongName.arguments, locale) + "\n");
	}

	/**
	 * Blank parameters, as a form sends for "all models", mean none. Each wrong choice is named
	 * here, before the model is asked, so that the reader is told in their language.
	 */
	private static ResponsibilityView view(ResponsibilityModel aws, Optional<String> service, Optional<String> model,
			Optional<String> compare) {
		Optional<String> comparing = compare.map(String::strip).filter(value -> !value.isEmpty());
		Optional<String> modelId = model.map(String::strip).filter(name -> !name.isEmpty());
		Optional<String> serviceName = service.map(String::strip).filter(name -> !name.isEmpty());
		if (comparing.isPresent() && !comparing.get().equals("all")) {
			throw new InvalidChoiceException("explorer.problem.compare");
		}
		Optional<ServiceModel> chosen = modelId.map(id -> aws.model(id)
			.orElseThrow(() -> new InvalidChoiceException("explorer.problem.model", id, String.join(", ", aws.modelIds()))));
		Optional<ServiceModel> owner = serviceName.map(name -> aws.modelOf(name)
			.orElseThrow(() -> new InvalidChoiceException("explorer.problem.service", name, String.join(", ", aws.services()))));
		if (comparing.isPresent() && chosen.isPresent()) {
			throw new InvalidChoiceException("explorer.problem.both");
		}
		if (chosen.isPresent() && owner.isPresent() && !chosen.get().equals(owner.get())) {
			throw new InvalidChoiceException("explorer.problem.mismatch", owner.get().service(serviceName.get()).orElseThrow(),
					owner.get().id(), chosen.get().id());
		}
		return aws.view(modelId, serviceName, comparing.isPresent());
	}

	static String imageUrl(ResponsibilityView view) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(IMAGE);
		view.model().ifPresent(model -> url.queryParam("model", model.id()));
		view.service().ifPresent(service -> url.queryParam("service", service));
		if (view.comparesAll() && view.service().isPresent()) {
			url.queryParam("compare", "all");
		}
		return url.encode().build().toUriString();
	}

	/** Weak, like the other validators of the site: responses are gzipped on the way out. */
	private static String etag(String svg) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(svg.getBytes(StandardCharsets.UTF_8));
			return "W/\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	/** A name that is not a service or a model: 400, with the valid names in the message ({@code explorer.problem.*}). */
	static final class InvalidChoiceException extends RuntimeException {

		private final String message;
		private final Object[] arguments;

		InvalidChoiceException(String message, Object... arguments) {
			super(message);
			this.message = message;
			this.arguments = arguments;
		}
	}
}
