package io.lectern.content.internal.load;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shell-style file patterns as tables of contents and project files write them ({@code pattern},
 * {@code glob}, {@code exclude}, {@code exclude_patterns}): {@code *} and {@code ?} stay within a
 * folder, {@code **} crosses folders, {@code [abc]} is a set; and the order files are listed in.
 */
final class Globs {

	private static final Pattern NUMBER = Pattern.compile("\\d+");

	/** Names compared as people read them: case aside, and {@code chapter10} after {@code chapter9}. */
	static final Comparator<String> NATURAL = Globs::compareNaturally;

	private Globs() {
	}

	/** A test for paths relative to the same folder as the pattern. */
	static Predicate<String> matcher(String glob) {
		return Pattern.compile(regex(glob.replaceFirst("^\\./", "").replaceFirst("^/", ""))).asMatchPredicate();
	}

	/** A test that any of the patterns matches. */
	static Predicate<String> anyOf(List<String> globs) {
		return globs.stream().map(Globs::matcher).reduce(path -> false, Predicate::or);
	}

	/** The folder a pattern starts from: its segments before the first with a wildcard. */
	static String base(String glob) {
		String[] segments = glob.replaceFirst("^\\./", "").split("/");
		StringBuilder base = new StringBuilder();
		for (int i = 0; i < segments.length - 1 && !segments[i].matches(".*[*?\\[].*"); i++) {
			base.append(base.length() == 0 ? "" : "/").append(segments[i]);
		}
		return base.toString();
	}

	private static String regex(String glob) {
		StringBuilder regex = new StringBuilder();
		for (int i = 0; i < glob.length(); i++) {
			char c = glob.charAt(i);
			if (c == '*' && glob.startsWith("**/", i)) {
				regex.append("(?:.*/)?");
				i += 2;
			}
			else if (c == '*' && glob.startsWith("**", i)) {
				regex.append(".*");
				i++;
			}
			else if (c == '*') {
				regex.append("[^/]*");
			}
			else if (c == '?') {
				regex.append("[^/]");
			}
			else if (c == '[' && glob.indexOf(']', i + 1) > i + 1) {
				int end = glob.indexOf(']', i + 1);
				String set = glob.substring(i + 1, end).replace("\\", "\\\\");
				regex.append('[').append(set.startsWith("!") ? "^" + set.substring(1) : set).append(']');
				i = end;
			}
			else {
				regex.append(Pattern.quote(String.valueOf(c)));
			}
		}
		return regex.toString();
	}

	private static int compareNaturally(String a, String b) {
		String left = a.toLowerCase(Locale.ROOT);
		String right = b.toLowerCase(Locale.ROOT);
		Matcher leftNumber = NUMBER.matcher(left);
		Matcher rightNumber = NUMBER.matcher(right);
		int i = 0;
		int j = 0;
		while (i < left.length() && j < right.length()) {
			if (Character.isDigit(left.charAt(i)) && Character.isDigit(right.charAt(j)) && leftNumber.find(i)
					&& rightNumber.find(j)) {
				int byValue = new BigInteger(leftNumber.group()).compareTo(new BigInteger(rightNumber.group()));
				if (byValue != 0) {
					return byValue;
				}
				i = leftNumber.end();
				j = rightNumber.end();
			}
			else if (left.charAt(i) != right.charAt(j)) {
				return Character.compare(left.charAt(i), right.charAt(j));
			}
			else {
				i++;
				j++;
			}
		}
		int byLength = Integer.compare(left.length() - i, right.length() - j);
		return byLength != 0 ? byLength : a.compareTo(b);
	}
}
