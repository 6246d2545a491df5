package io.lectern.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Markup rendered once with holes, filled per reader with their own values escaped. */
class SlotMarkupTest {

	private static final String NAME = SlotMarkup.hole("name");
	private static final String TOKEN = SlotMarkup.hole("token");

	@Test
	void eachHoleIsFilledWhereverItStandsAndAsOftenAsItComes() {
		SlotMarkup markup = SlotMarkup.of("<a title=\"Signed in as " + NAME + "\">" + NAME + "</a><input value=\"" + TOKEN + "\">",
				Set.of("name", "token"));

		assertThat(markup.fill(Map.of("name", "Kim", "token", "abc-123")))
			.isEqualTo("<a title=\"Signed in as Kim\">Kim</a><input value=\"abc-123\">");
	}

	@Test
	void whatFillsAHoleIsEscapedAndCannotCloseItsAttribute() {
		SlotMarkup markup = SlotMarkup.of("<a title=\"" + NAME + "\"></a>", Set.of("name"));

		assertThat(markup.fill(Map.of("name", "\"><script>alert('x')</script> Zoë 名前")))
			.isEqualTo("<a title=\"&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Zoë 名前\"></a>");
	}

	@Test
	void aValueThatLooksLikeAHoleIsNotAHoleOfItsOwn() {
		SlotMarkup markup = SlotMarkup.of("<b>" + NAME + "</b><i>" + TOKEN + "</i>", Set.of("name", "token"));

		assertThat(markup.fill(Map.of("name", TOKEN, "token", "t"))).isEqualTo("<b>" + TOKEN + "</b><i>t</i>");
	}

	@Test
	void markupMissingAHoleItShouldHoldIsRefused() {
		// As when a template escapes the value for a URL: the hole would be shown to no one.
		assertThatThrownBy(() -> SlotMarkup.of("<a href=\"/x?n=" + NAME.toUpperCase() + "\"></a>", Set.of("name")))
			.isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> SlotMarkup.of("<b>" + NAME + "</b>", Set.of("name", "token")))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void aHoleNamedByNoOneIsRefusedToo() {
		assertThatThrownBy(() -> SlotMarkup.of("<b>" + NAME + TOKEN + "</b>", Set.of("name")))
			.isInstanceOf(IllegalStateException.class);
	}
}
