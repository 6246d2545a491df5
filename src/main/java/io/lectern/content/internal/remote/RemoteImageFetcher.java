package io.lectern.content.internal.remote;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches the images lessons show from other sites, once, into a folder of the portal's own, the way
 * MkDocs Material's privacy plugin does: learners then load every picture from the portal and no
 * third party sees them. A copy kept from an earlier start is checked with a conditional GET and kept
 * when the server says it has not changed, or cannot be asked.
 * <p>
 * This is a request the server makes because of what a lesson says, so it is guarded: http and https
 * only, public addresses only (checked again on each of at most three redirects), 10 MB at most,
 * time-outs, pictures only (type and first bytes), SVG cleaned of anything active, and a few at a time.
 */
public final class RemoteImageFetcher {

	private static final Logger log = LoggerFactory.getLogger(RemoteImageFetcher.class);

	static final int MAX_BYTES = 10 * 1024 * 1024;
	static final int MAX_REDIRECTS = 3;
	private static final int AT_A_TIME = 4;

	/** What became of one image: a copy to serve, or why there is none. */
	public sealed interface Outcome permits Copy, Failure {
	}

	/** @param fileName the name to serve it under: the SHA-256 of its URL and the extension of its type */
	public record Copy(String fileName, String mediaType, byte[] bytes) implements Outcome {
	}

	public record Failure(String reason) implements Outcome {
	}

	private final ImageCache cache;
	private final PublicAddresses addresses;
	private final PinnedHttp http;

	/** @param cacheDir where copies are kept between starts, in the portal's data folder */
	public RemoteImageFetcher(Path cacheDir) {
		this(cacheDir, false, Duration.ofSeconds(30));
	}

	/**
	 * For tests, whose image server listens on 127.0.0.1; private and link-local addresses stay refused.
	 * No setting leads here, so no deployment can open the loopback interface to lessons.
	 */
	public static RemoteImageFetcher allowingLoopbackForTests(Path cacheDir, Duration totalTimeout) {
		return new RemoteImageFetcher(cacheDir, true, totalTimeout);
	}

	private RemoteImageFetcher(Path cacheDir, boolean allowLoopback, Duration totalTimeout) {
		this.cache = new ImageCache(cacheDir);
		this.addresses = new PublicAddresses(allowLoopback);
		this.http = new PinnedHttp(Duration.ofSeconds(5), Duration.ofSeconds(10), totalTimeout, MAX_BYTES);
	}

	/**
	 * Fetches each URL once, a few at a time, and waits for all of them. Nothing is started, not even
	 * a thread, when there is nothing to fetch.
	 */
	public Map<String, Outcome> fetchAll(Collection<String> urls) {
		if (urls.isEmpty()) {
			return Map.of();
		}
		AtomicInteger threads = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(Math.min(AT_A_TIME, urls.size()), task -> {
			Thread thread = new Thread(task, "remote-image-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		try {
			Map<String, Future<Outcome>> pending = new LinkedHashMap<>();
			urls.forEach(url -> pending.put(url, pool.submit(() -> fetch(url))));
			Map<String, Outcome> outcomes = new LinkedHashMap<>();
			for (Map.Entry<String, Future<Outcome>> entry : pending.entrySet()) {
				outcomes.put(entry.getKey(), entry.getValue().get());
			}
			return outcomes;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while fetching images", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Fetching an image failed unexpectedly", ex.getCause());
		}
		finally {
			pool.shutdownNow();
		}
	}

	Outcome fetch(String url) {
		Optional<ImageCache.Entry> cached = cache.read(url);
		try {
			Optional<ImageCache.Entry> fresh = download(url, cached);
			fresh.ifPresent(entry -> cache.write(url, entry));
			return copy(url, fresh.or(() -> cached).orElseThrow());
		}
		catch (RefusedImage | IOException ex) {
			String reason = ex instanceof IOException io ? describe(io) : ex.getMessage();
			if (cached.isPresent()) {
				log.info("Keeping the copy of {} fetched before: checking it again failed ({})", url, reason);
				return copy(url, cached.get());
			}
			return new Failure(reason);
		}
	}

	/** @return the image as the server has it now, or empty when it answered that the cached copy is current */
	private Optional<ImageCache.Entry> download(String url, Optional<ImageCache.Entry> cached)
			throws RefusedImage, IOException {
		Map<String, String> conditions = new LinkedHashMap<>();
		cached.ifPresent(entry -> {
			if (!entry.etag().isEmpty()) {
				conditions.put("If-None-Match", entry.etag());
			}
			if (!entry.lastModified().isEmpty()) {
				conditions.put("If-Modified-Since", entry.lastModified());
			}
		});
		URI uri = parse(url);
		for (int redirects = 0;; redirects++) {
			PinnedHttp.Response response = http.get(uri, addresses.resolve(uri.getHost()), conditions);
			if (response.status() == 304 && cached.isPresent()) {
				return Optional.empty();
			}
			if (response.status() == 200) {
				return Optional.of(image(response));
			}
			if (!List.of(301, 302, 303, 307, 308).contains(response.status())) {
				throw new RefusedImage("the server answered " + response.status());
			}
			if (redirects == MAX_REDIRECTS) {
				throw new RefusedImage("it redirects more than " + MAX_REDIRECTS + " times");
			}
			String location = response.header("Location").orElseThrow(() -> new RefusedImage("a redirect without a Location"));
			uri = parse(uri.resolve(location.strip()).toString());
		}
	}

	private static ImageCache.Entry image(PinnedHttp.Response response) throws RefusedImage {
		String contentType = response.header("Content-Type").orElse("");
		ImageType declared = ImageType.declared(contentType)
			.orElseThrow(() -> new RefusedImage("it is not an image the portal shows (Content-Type \"" + contentType + "\")"));
		ImageType found = ImageType.sniffed(response.body())
			.orElseThrow(() -> new RefusedImage("its content is not a picture, whatever its Content-Type says"));
		if (found != declared) {
			throw new RefusedImage("it is sent as " + declared.mediaType + " but is " + found.mediaType);
		}
		byte[] bytes = found == ImageType.SVG ? SvgCleaner.clean(response.body()) : response.body();
		return new ImageCache.Entry(found, bytes, response.header("ETag").orElse(""),
				response.header("Last-Modified").orElse(""));
	}

	/** Only http and https, with a host; a protocol-relative {@code //host/x.png} is fetched over https. */
	private static URI parse(String url) throws RefusedImage {
		String absolute = url.strip().startsWith("//") ? "https:" + url.strip() : url.strip();
		try {
			URI uri = new URI(absolute);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if (!scheme.equals("http") && !scheme.equals("https")) {
				throw new RefusedImage("only http and https addresses are fetched");
			}
			if (uri.getHost() == null || uri.getRawUserInfo() != null) {
				throw new RefusedImage("the address has no host name the portal can fetch from");
			}
			return new URI(scheme + "://" + uri.getRawAuthority() + (uri.getRawPath() == null ? "" : uri.getRawPath())
					+ (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
		}
		catch (URISyntaxException ex) {
			throw new RefusedImage("the address is not a valid URL");
		}
	}

	private static Copy copy(String url, ImageCache.Entry entry) {
		return new Copy(ImageCache.key(url) + "." + entry.type().extension, entry.type().mediaType, entry.bytes());
	}

	private static String describe(IOException ex) {
		return ex.getMessage() == null || ex.getMessage().isBlank() ? ex.getClass().getSimpleName()
				: ex.getClass().getSimpleName() + ": " + ex.getMessage();
	}
}
