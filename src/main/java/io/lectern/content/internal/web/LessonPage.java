package io.lectern.content.internal.web;

import io.lectern.content.ReaderSlot;
import io.lectern.content.internal.load.CatalogLoader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A lesson page rendered to bytes once. Guests get {@link #body()} as it is, with a validator that
 * lets browsers revalidate it cheaply; a signed-in reader gets the same bytes cut at the reader
 * slots, with their own slot contents written in between.
 *
 * @param segments the page cut at its slots: one more segment than there are slots
 * @param slots the slots in page order, each between two segments
 */
record LessonPage(byte[] body, String etag, List<byte[]> segments, List<ReaderSlot.Place> slots,
		Map<ReaderSlot.Place, String> guests) {

	/** Marks a slot in the rendered template; an HTML comment, so nothing else can produce it. */
	static String marker(ReaderSlot.Place place) {
		return "<!--lectern-slot:" + place.name() + "-->";
	}

	/**
	 * @param html the page with slot markers; @param guests each slot's guest content; @param locale the
	 *     interface's language, part of the validator so a cache never answers one language with another
	 */
	static LessonPage of(String html, Map<ReaderSlot.Place, String> guests, Locale locale) {
		List<byte[]> segments = new ArrayList<>();
		List<ReaderSlot.Place> slots = new ArrayList<>();
		StringBuilder guestPage = new StringBuilder(html.length() + 512);
		int from = 0;
		while (true) {
			int next = -1;
			ReaderSlot.Place found = null;
			for (ReaderSlot.Place place : ReaderSlot.Place.values()) {
				int at = html.indexOf(marker(place), from);
				if (at >= 0 && (next < 0 || at < next)) {
					next = at;
					found = place;
				}
			}
			String segment = html.substring(from, next < 0 ? html.length() : next);
			segments.add(segment.getBytes(StandardCharsets.UTF_8));
			guestPage.append(segment);
			if (found == null) {
				break;
			}
			slots.add(found);
			guestPage.append(guests.getOrDefault(found, ""));
			from = next + marker(found).length();
		}
		byte[] body = guestPage.toString().getBytes(StandardCharsets.UTF_8);
		String etag = CatalogLoader.etag(body);
		// W/"digest" becomes W/"digest-de": the language in the validator, as the issue asks, not only in the bytes.
		etag = etag.substring(0, etag.length() - 1) + "-" + locale.toLanguageTag() + "\"";
		return new LessonPage(body, etag, List.copyOf(segments), List.copyOf(slots), Map.copyOf(guests));
	}

	/** Writes the page with this reader's slot contents; a slot they have none for gets the guests'. */
	void write(OutputStream out, Map<ReaderSlot.Place, String> reader) throws IOException {
		for (int i = 0; i < segments.size(); i++) {
			out.write(segments.get(i));
			if (i < slots.size()) {
				out.write(reader.getOrDefault(slots.get(i), guests.getOrDefault(slots.get(i), "")).getBytes(StandardCharsets.UTF_8));
			}
		}
	}
}
