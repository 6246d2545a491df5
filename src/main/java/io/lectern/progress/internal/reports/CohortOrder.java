package io.lectern.progress.internal.reports;

import java.util.Arrays;
import java.util.Locale;

/**
 * How a cohort table is sorted: by which column, which way. Read from a page's address, so any
 * value a person can type gives an order: an unknown column is the default one, an unknown
 * direction the column's own.
 */
public record CohortOrder(Column column, boolean descending) {

	/** A sortable column, named as in the address, with the direction a first click sorts it in. */
	public enum Column {
		NAME("name", false), PROGRESS("progress", true), PASSED("passed", true), ACTIVE("active", true);

		private final String param;
		private final boolean firstDescending;

		Column(String param, boolean firstDescending) {
			this.param = param;
			this.firstDescending = firstDescending;
		}

		public String param() {
			return param;
		}
	}

	/** The most recently active learners first: who is working on the course now. */
	public static final CohortOrder DEFAULT = new CohortOrder(Column.ACTIVE, true);

	public static CohortOrder of(String sort, String dir) {
		String wanted = sort == null ? "" : sort.strip().toLowerCase(Locale.ROOT);
		Column column = Arrays.stream(Column.values())
			.filter(each -> each.param.equals(wanted))
			.findFirst()
			.orElse(DEFAULT.column);
		String direction = dir == null ? "" : dir.strip().toLowerCase(Locale.ROOT);
		return new CohortOrder(column, switch (direction) {
			case "asc" -> false;
			case "desc" -> true;
			default -> column.firstDescending;
		});
	}

	public String sort() {
		return column.param;
	}

	public String dir() {
		return descending ? "desc" : "asc";
	}

	/** The order a click on a column's header asks for: the other way round for the current column. */
	public CohortOrder clicked(Column clicked) {
		return clicked == column ? new CohortOrder(column, !descending) : new CohortOrder(clicked, clicked.firstDescending);
	}

	/** The message key of the order in words, as a table's caption says it ("by name, A to Z"). */
	public String describedBy() {
		return "instructor.cohort.order." + column.name() + "." + dir();
	}

	/** The {@code aria-sort} value of a column's header: only the sorted column has one. */
	public String ariaSort(Column header) {
		return header != column ? null : descending ? "descending" : "ascending";
	}
}
