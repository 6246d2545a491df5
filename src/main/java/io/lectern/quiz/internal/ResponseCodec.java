package io.lectern.quiz.internal;

import io.lectern.quiz.grading.Response;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Stores a response as one line of text: a kind letter, a colon, and URL-encoded values, so any
 * text a learner types survives the round trip.
 */
final class ResponseCodec {

	private ResponseCodec() {
	}

	static String encode(Response response) {
		if (response instanceof Response.Choices choices) {
			return "C:" + join(choices.ids());
		}
		if (response instanceof Response.Text text) {
			return "T:" + escape(text.value());
		}
		if (response instanceof Response.Pairs pairs) {
			return "P:" + pairs.matches().entrySet().stream()
				.map(pair -> escape(pair.getKey()) + "=" + escape(pair.getValue()))
				.sorted()
				.collect(Collectors.joining(","));
		}
		if (response instanceof Response.Order order) {
			return "O:" + join(order.ids());
		}
		return "B:";
	}

	static Response decode(String stored) {
		String body = stored.substring(2);
		return switch (stored.charAt(0)) {
			case 'C' -> new Response.Choices(split(body));
			case 'T' -> new Response.Text(unescape(body));
			case 'P' -> {
				Map<String, String> pairs = new LinkedHashMap<>();
				for (String pair : body.isEmpty() ? new String[0] : body.split(",")) {
					int equals = pair.indexOf('=');
					pairs.put(unescape(pair.substring(0, equals)), unescape(pair.substring(equals + 1)));
				}
				yield new Response.Pairs(pairs);
			}
			case 'O' -> new Response.Order(split(body));
			default -> new Response.Blank();
		};
	}

	private static String join(List<String> values) {
		return values.stream().map(ResponseCodec::escape).collect(Collectors.joining(","));
	}

	private static List<String> split(String body) {
		return body.isEmpty() ? List.of() : Arrays.stream(body.split(",")).map(ResponseCodec::unescape).toList();
	}

	private static String escape(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String unescape(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}
}
