package io.lectern.content.internal.load;

import io.lectern.content.Catalog;
import io.lectern.content.MediaFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The files a catalog serves under its courses' {@code /media/} URLs: those its lessons link to or
 * show, read as they are now; the portal's copies of images from other sites; and the media of the
 * courses a reload kept as they were served.
 */
final class ServedMedia {

	private ServedMedia() {
	}

	static Map<String, MediaFile> of(ContentTree tree, LinkIndex index, Map<String, MediaFile> remoteCopies,
			Set<CoursePlan> kept, Optional<Catalog> previous) {
		Map<String, MediaFile> media = new HashMap<>();
		index.usedFiles()
			.forEach((path, url) -> media.put(url, mediaFile(path, index.outputFile(path).orElseGet(() -> bytes(tree, path)))));
		media.putAll(remoteCopies);
		kept.forEach(plan -> previous.orElseThrow().media().forEach((url, file) -> {
			if (url.startsWith("/courses/" + plan.slug() + "/")) {
				media.put(url, file);
			}
		}));
		return media;
	}

	private static MediaFile mediaFile(String path, byte[] bytes) {
		return new MediaFile(MediaTypes.of(path), bytes, CatalogLoader.etag(bytes));
	}

	private static byte[] bytes(ContentTree tree, String path) {
		try {
			return tree.read(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read content file " + path, ex);
		}
	}
}
