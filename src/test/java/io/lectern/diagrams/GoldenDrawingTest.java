package io.lectern.diagrams;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.authoring.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Drawings are the same bytes every time, so they can be cached and ETagged. Golden files pin
 * them down; after an intended change, regenerate them with
 * {@code ./mvnw test -Dtest=GoldenDrawingTest -Dgolden.update=true} and look at the diff.
 */
class GoldenDrawingTest {

	private static final Path GOLDEN = Path.of("src/test/resources/diagrams");

	@ParameterizedTest
	@CsvSource(nullValues = "-", value = { "all.svg, -, -, false", "container.svg, container, -, false",
			"emr-compared.svg, -, EMR, true" })
	void aDrawingIsTheSameBytesEveryTime(String file, String model, String service, boolean compare) throws IOException {
		String first = draw(model, service, compare);
		String again = draw(model, service, compare);
		assertThat(again).isEqualTo(first);
		Path golden = GOLDEN.resolve(file);
		if (Boolean.getBoolean("golden.update") || !Files.exists(golden)) {
			Files.writeString(golden, first, StandardCharsets.UTF_8);
		}
		assertThat(first).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
	}

	/** From a freshly loaded library each time, so no cache can hide a difference. */
	private static String draw(String model, String service, boolean compare) {
		Diagrams diagrams = Diagrams.load(new TreeMap<>(), new Problems());
		ResponsibilityModel aws = diagrams.responsibility();
		return diagrams.standaloneSvg(aws, aws.view(Optional.ofNullable(model), Optional.ofNullable(service), compare), DiagramWords.english());
	}
}
