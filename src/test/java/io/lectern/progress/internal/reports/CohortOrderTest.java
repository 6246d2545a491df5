package io.lectern.progress.internal.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.progress.internal.reports.CohortOrder.Column;
import org.junit.jupiter.api.Test;

class CohortOrderTest {

	@Test
	void anAddressNamesTheColumnAndTheDirection() {
		assertThat(CohortOrder.of("name", "desc")).isEqualTo(new CohortOrder(Column.NAME, true));
		assertThat(CohortOrder.of(" Progress ", "ASC")).isEqualTo(new CohortOrder(Column.PROGRESS, false));
	}

	@Test
	void withoutADirectionEachColumnSortsItsNaturalWay() {
		assertThat(CohortOrder.of("name", null).descending()).isFalse();
		assertThat(CohortOrder.of("passed", null).descending()).isTrue();
		assertThat(CohortOrder.of("active", "sideways").descending()).isTrue();
	}

	@Test
	void anythingElseIsTheDefaultMostRecentlyActiveFirst() {
		assertThat(CohortOrder.of(null, null)).isEqualTo(CohortOrder.DEFAULT);
		assertThat(CohortOrder.of("'; drop table quiz_score; --", "up")).isEqualTo(new CohortOrder(Column.ACTIVE, true));
	}

	@Test
	void clickingTheSortedColumnTurnsItRoundAndAnotherColumnStartsItsNaturalWay() {
		CohortOrder byName = CohortOrder.of("name", "asc");

		assertThat(byName.clicked(Column.NAME)).isEqualTo(new CohortOrder(Column.NAME, true));
		assertThat(byName.clicked(Column.PROGRESS)).isEqualTo(new CohortOrder(Column.PROGRESS, true));
	}

	@Test
	void onlyTheSortedColumnHasAnAriaSort() {
		CohortOrder order = CohortOrder.of("passed", "asc");

		assertThat(order.ariaSort(Column.PASSED)).isEqualTo("ascending");
		assertThat(order.ariaSort(Column.NAME)).isNull();
		assertThat(CohortOrder.DEFAULT.ariaSort(Column.ACTIVE)).isEqualTo("descending");
	}
}
