package io.lectern.content.internal.load;

import io.lectern.content.Catalog;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * What links can point at: every lesson by source file and by old path, and every file in the
 * content folder. Also records which files lessons use, so only those are loaded and served;
 * that record is thread-safe because lessons are rendered in parallel, the rest is filled first.
 */
final class LinkIndex {

	private final Set<String> files;
	private final Map<String, byte[]> outputFiles = new HashMap<>();
	private final Map<String, String> lessonUrlByPath = new HashMap<>();
	private final Map<String, String> lessonUrlByOldPath = new HashMap<>();
	private final Map<String, String> oldPathDeclaredIn = new HashMap<>();
	private final Map<String, String> usedFiles = new ConcurrentSkipListMap<>();

	LinkIndex(Set<String> files) {
		this.files = files;
	}

	void addLesson(String path, String url) {
		lessonUrlByPath.put(path, url);
	}

	/** @return the lesson URL the old path already leads to, if another lesson claimed it first */
	Optional<String> addOldPath(String oldPath, String url, String declaredIn) {
		oldPathDeclaredIn.putIfAbsent(Catalog.redirectKey(oldPath), declaredIn);
		return Optional.ofNullable(lessonUrlByOldPath.putIfAbsent(Catalog.redirectKey(oldPath), url))
			.filter(existing -> !existing.equals(url));
	}

	/** Old paths that are some lesson's current address, with the file that declared each. */
	Map<String, String> oldPathsShadowingLessons() {
		Map<String, String> shadowing = new TreeMap<>();
		lessonUrlByPath.values().forEach(url -> {
			String key = Catalog.redirectKey(url);
			if (lessonUrlByOldPath.containsKey(key) && !lessonUrlByOldPath.get(key).equals(url)) {
				shadowing.put(key, oldPathDeclaredIn.get(key));
			}
		});
		return shadowing;
	}

	/** Forgets an old path that must not redirect, keyed as {@link #oldPathsShadowingLessons()} gives it. */
	void dropOldPath(String key) {
		lessonUrlByOldPath.remove(key);
	}

	Optional<String> lessonAt(String path) {
		return Optional.ofNullable(lessonUrlByPath.get(path));
	}

	Optional<String> lessonFormerlyAt(String oldPath) {
		return Optional.ofNullable(lessonUrlByOldPath.get(Catalog.redirectKey(oldPath)));
	}

	/**
	 * The lesson an address from the author's old site means, as {@code prev_page} and
	 * {@code next_page} write it: a former address or a lesson's current one.
	 */
	Optional<String> lessonKnownAs(String address) {
		String key = Catalog.redirectKey(address);
		return lessonFormerlyAt(address)
			.or(() -> lessonUrlByPath.values().stream().filter(url -> Catalog.redirectKey(url).equals(key)).findFirst());
	}

	Map<String, String> oldPaths() {
		return lessonUrlByOldPath;
	}

	boolean exists(String path) {
		return files.contains(path) || outputFiles.containsKey(path);
	}

	/** A file a lesson made while it was read (a notebook's output image), which links may point at. */
	void addOutputFile(String path, byte[] bytes) {
		outputFiles.put(path, bytes);
	}

	Optional<byte[]> outputFile(String path) {
		return Optional.ofNullable(outputFiles.get(path));
	}

	/**
	 * A digest of what a link can resolve to: every file, every lesson's address and every old
	 * address. Two loads with the same digest resolve each link of a lesson the same way.
	 */
	String digest() {
		ContentDigest digest = ContentDigest.start().addAll(new TreeSet<>(files)).add("").addAll(new TreeSet<>(outputFiles.keySet()));
		new TreeMap<>(lessonUrlByPath).forEach((path, url) -> digest.add(path).add(url));
		digest.add("");
		new TreeMap<>(lessonUrlByOldPath).forEach((oldPath, url) -> digest.add(oldPath).add(url));
		return digest.hex();
	}

	void use(String path, String url) {
		usedFiles.put(path, url);
	}

	/** Files lessons link to or show, by content path, with the URL they are served at. */
	Map<String, String> usedFiles() {
		return usedFiles;
	}
}
