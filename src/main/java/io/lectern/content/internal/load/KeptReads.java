package io.lectern.content.internal.load;

import io.lectern.authoring.Problems;
import io.lectern.diagrams.Diagrams;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What reading a content folder's files made, kept from one load to the next as {@link RenderReuse}
 * keeps renders: a lesson file whose text has the digest it had is not parsed again (its front
 * matter, a notebook's cells), and the diagrams are not read again while their files are unchanged.
 * What reading found wrong is reported again at each reuse, as if the file had been read.
 */
final class KeptReads {

	/** A lesson file read: none when it could not be, for an error that {@code problems} holds. */
	private record Lesson(String digest, Optional<LessonSource> source, Problems problems) {
	}

	private record DiagramFiles(SortedMap<String, String> texts, Diagrams diagrams, Problems problems) {
	}

	private final Map<String, Lesson> lessons = new ConcurrentHashMap<>();
	private volatile DiagramFiles diagrams;

	/** Whether the file at {@code path} was read with the text whose digest is {@code digest}. */
	boolean holds(String path, String digest) {
		Lesson kept = lessons.get(path);
		return kept != null && kept.digest().equals(digest);
	}

	/**
	 * The lesson the file at {@code path} holds, read now or, when {@code digest} is that of the text
	 * read last time, as it was read then.
	 */
	Optional<LessonSource> lesson(String path, String text, String digest, Problems problems) {
		Lesson kept = lessons.get(path);
		if (kept == null || !kept.digest().equals(digest)) {
			Problems found = new Problems();
			Optional<LessonSource> read = NotebookReader.isNotebook(path) ? NotebookReader.read(path, text, found)
					: LessonReader.read(path, text, found);
			kept = new Lesson(digest, read, found);
			lessons.put(path, kept);
		}
		problems.addAll(kept.problems());
		return kept.source();
	}

	/** The diagrams Lectern bundles and those {@code texts} (the folder's diagram files, by path) add. */
	Diagrams diagrams(SortedMap<String, String> texts, Problems problems) {
		DiagramFiles kept = diagrams;
		if (kept == null || !kept.texts().equals(texts)) {
			Problems found = new Problems();
			kept = new DiagramFiles(new TreeMap<>(texts), Diagrams.load(texts, found), found);
			diagrams = kept;
		}
		problems.addAll(kept.problems());
		return kept.diagrams();
	}

	/** Forgets the files that are gone, so that what is kept does not grow with every rename. */
	void forgetAllBut(Set<String> files) {
		lessons.keySet().retainAll(files);
	}
}
