package io.lectern.content.internal.load;

import io.lectern.authoring.Problems;
import io.lectern.content.MediaFile;
import io.lectern.content.internal.remote.RemoteImageFetcher;
import io.lectern.content.internal.render.MarkdownRenderer;
import io.lectern.content.internal.render.RemoteImageScan;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The portal's own copies of the images lessons show from other sites, fetched before the lessons
 * render (in parallel, where a lesson waiting for the network would hold up the others), and the
 * media each course serves them as. Records what lessons use, as {@link LinkIndex} does for files.
 */
final class RemoteCopies {

	private final Map<String, RemoteImageFetcher.Copy> copies;
	private final Map<String, MediaFile> served = new ConcurrentHashMap<>();

	private RemoteCopies(Map<String, RemoteImageFetcher.Copy> copies) {
		this.copies = copies;
	}

	/** Images from other sites stay links to them, as on a machine without outside access. */
	static RemoteCopies none() {
		return new RemoteCopies(Map.of());
	}

	/**
	 * Fetches every image from another site the lessons show; each one that cannot be fetched is a
	 * warning where it is written, and shows as a link.
	 */
	static RemoteCopies fetch(RemoteImageFetcher fetcher, MarkdownRenderer renderer, List<LessonSource> lessons,
			Problems problems) {
		Map<LessonSource, List<RemoteImageScan.Use>> uses = lessons.parallelStream()
			.collect(Collectors.toConcurrentMap(source -> source, source -> renderer.remoteImages(source.body(), source.bodyLine())));
		Set<String> urls = new LinkedHashSet<>();
		uses.values().forEach(found -> found.forEach(use -> urls.add(use.url())));
		Map<String, RemoteImageFetcher.Outcome> outcomes = fetcher.fetchAll(urls);
		uses.forEach((source, found) -> found.forEach(use -> {
			if (outcomes.get(use.url()) instanceof RemoteImageFetcher.Failure failure) {
				problems.warning(source.path(), source.fileLine().applyAsInt(use.line()),
						"problem.image.remote", use.url(), failure.reason());
			}
		}));
		return new RemoteCopies(outcomes.entrySet()
			.stream()
			.filter(entry -> entry.getValue() instanceof RemoteImageFetcher.Copy)
			.collect(Collectors.toMap(Map.Entry::getKey, entry -> (RemoteImageFetcher.Copy) entry.getValue())));
	}

	/** @return the URL the course serves its copy of the image at, if the portal keeps one */
	Optional<String> servedAt(String url, String courseSlug) {
		RemoteImageFetcher.Copy copy = copies.get(url);
		if (copy == null) {
			return Optional.empty();
		}
		String mediaUrl = "/courses/" + courseSlug + "/media/remote/" + copy.fileName();
		served.computeIfAbsent(mediaUrl,
				key -> new MediaFile(copy.mediaType(), copy.bytes(), CatalogLoader.etag(copy.bytes())));
		return Optional.of(mediaUrl);
	}

	/** The copies lessons show, by the URL they are served at. */
	Map<String, MediaFile> served() {
		return served;
	}
}
