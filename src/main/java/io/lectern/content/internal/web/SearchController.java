package io.lectern.content.internal.web;

import io.lectern.content.Search;
import io.lectern.content.SearchResults;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

/**
 * Search over every lesson: a page, whose form is also in every page's header, and the same
 * results as JSON. What a reader types never causes an error page; a query too long to be a
 * search gets a 400 with a plain explanation.
 */
@Controller
class SearchController {

	/** What a search longer than {@link Search#MAX_QUERY_LENGTH} is told, on the page and in the API. */
	static final String TOO_LONG = "search.notice.tooLong";

	private final Search search;

	private final MessageSource messages;

	SearchController(Search search, MessageSource messages) {
		this.messages = messages;
		this.search = search;
	}

	@GetMapping("/search")
	ModelAndView showResults(@RequestParam Optional<String> q) {
		ModelAndView page = new ModelAndView("content/search");
		page.addObject("longest", Search.MAX_QUERY_LENGTH);
		String query = q.orElse("");
		page.addObject("query", query.length() > Search.MAX_QUERY_LENGTH ? "" : query.strip());
		try {
			page.addObject("results", search.find(query));
		}
		catch (IllegalArgumentException tooLong) {
			page.addObject("results", SearchResults.none("", TOO_LONG));
			page.setStatus(HttpStatus.BAD_REQUEST);
		}
		return page;
	}

	@GetMapping("/api/search")
	@ResponseBody
	ResponseEntity<?> findLessons(@RequestParam Optional<String> q, Locale locale) {
		try {
			return ResponseEntity.ok(search.find(q.orElse("")));
		}
		catch (IllegalArgumentException tooLong) {
			return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					messages.getMessage(TOO_LONG, new Object[] { Search.MAX_QUERY_LENGTH }, locale)));
		}
	}
}
