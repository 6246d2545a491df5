package io.lectern.content.internal.load;

import io.lectern.authoring.ContentProblem;
import io.lectern.content.internal.render.RenderedLesson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The renders of lessons kept from one load to the next, so that a reload renders again only the
 * lessons whose inputs changed: one edited lesson costs one render, not its whole course's. What is
 * kept is the render before its references are linked, since a reference's text ("Section 2.1",
 * another lesson's heading) comes from other lessons: every load links every lesson again.
 *
 * <p>A render is reused only when everything its HTML is made of is unchanged (see {@link Key}) and
 * each file it included still has the text it had; the problems rendering found, and the files
 * the lesson links to, are reported again as if it had been rendered. One instance serves the loads
 * of one portal, one at a time; a load keeps its fresh renders from several threads.
 */
public final class RenderReuse {

	private final Map<String, Kept> kept = new ConcurrentHashMap<>();
	private final KeptReads reads = new KeptReads();

	/**
	 * Everything a lesson's render depends on besides the files it includes.
	 *
	 * @param plan its course's plan: numbering, macros and language for every page, and its lessons
	 * @param slug the lesson's address in its course
	 * @param source the digest of the lesson file's text, which holds its front matter and body
	 * @param pageNumber the lesson's number in its course, when the course numbers its pages
	 * @param folder the digest of what links can point at in the whole content folder (its files,
	 *     every lesson's address and old addresses) and of the diagram files lessons draw from
	 */
	record Key(CoursePlan plan, String slug, String source, Optional<PageNumbers.PageNumber> pageNumber, String folder) {
	}

	/**
	 * A render and what it drew on.
	 *
	 * @param problems what rendering found in the lesson, reported again at each reuse
	 * @param usedFiles the files the lesson links to or shows, by path, with their URLs
	 */
	record Kept(Key key, Map<String, String> includedDigests, Map<String, String> usedFiles, List<ContentProblem> problems,
			RenderedLesson page) {
	}

	/** The kept render of the lesson at {@code path}, when its key is the same and its included files are unchanged. */
	Optional<Kept> reusable(String path, Key key, ContentTree tree) {
		return Optional.ofNullable(kept.get(path))
			.filter(render -> render.key().equals(key))
			.filter(render -> render.includedDigests().entrySet().stream()
				.allMatch(included -> digestOf(tree, included.getKey()).filter(included.getValue()::equals).isPresent()));
	}

	/** Keeps a fresh render for the next load. */
	void keep(String path, Key key, LessonInputs inputs, List<ContentProblem> problems, RenderedLesson page) {
		kept.put(path, new Kept(key, inputs.includedDigests(), inputs.usedFiles(), List.copyOf(problems), page));
	}

	/** Forgets the render kept of the lesson at {@code path}, which must be rendered at every load. */
	void forget(String path) {
		kept.remove(path);
	}

	/** What reading the files made, kept between the same loads, so that an unchanged file is not parsed again either. */
	KeptReads reads() {
		return reads;
	}

	/** Forgets the renders of lessons whose files are gone, so that what is kept does not grow with every rename. */
	void forgetAllBut(Set<String> files) {
		kept.keySet().retainAll(files);
		reads.forgetAllBut(files);
	}

	private static Optional<String> digestOf(ContentTree tree, String path) {
		try {
			return Optional.of(ContentDigest.of(new String(tree.read(path), StandardCharsets.UTF_8)));
		}
		catch (IOException | RuntimeException gone) {
			return Optional.empty();
		}
	}
}
