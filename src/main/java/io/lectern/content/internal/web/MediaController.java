package io.lectern.content.internal.web;

import io.lectern.content.Catalog;
import io.lectern.content.MediaFile;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * Images and files that lessons refer to. Only files a lesson actually uses are served, never
 * anything else in the content folder.
 */
@Controller
class MediaController {

	private final Catalog catalog;

	MediaController(Catalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/courses/{courseSlug}/media/**")
	ResponseEntity<byte[]> showMedia(HttpServletRequest request) {
		MediaFile file = catalog.media(request.getRequestURI())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "reason.noFile"));
		MediaType type = MediaType.parseMediaType(file.contentType());
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.contentType(type)
			.eTag(file.etag())
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic());
		if (!type.getType().equals("image")) {
			// Anything but an image is downloaded, never rendered on the portal's origin.
			response.header("Content-Disposition", ContentDisposition.attachment().build().toString());
		}
		return response.body(file.bytes());
	}
}
