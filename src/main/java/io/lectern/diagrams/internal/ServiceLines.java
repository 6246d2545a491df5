package io.lectern.diagrams.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A model's services under its name, "EC2 · EBS · VPC", wrapped between names, never inside one. */
final class ServiceLines {

	private static final String SEPARATOR = " · ";

	private ServiceLines() {
	}

	static List<List<String>> pack(List<String> services, double width, double fontSize) {
		List<List<String>> lines = new ArrayList<>();
		List<String> line = new ArrayList<>();
		double used = 0;
		for (String service : services) {
			double needed = TextLines.width((line.isEmpty() ? "" : SEPARATOR) + service, fontSize);
			if (!line.isEmpty() && used + needed > width) {
				lines.add(line);
				line = new ArrayList<>();
				used = 0;
				needed = TextLines.width(service, fontSize);
			}
			line.add(service);
			used += needed;
		}
		if (!line.isEmpty()) {
			lines.add(line);
		}
		return lines;
	}

	/** One text line per packed line; the highlighted service is bold and marked in words too. */
	static void draw(Markup svg, List<List<String>> lines, double x, double y, Optional<String> highlighted) {
		for (int i = 0; i < lines.size(); i++) {
			svg.open("text", "x", x, "y", y + i * 16.0, "class", "services");
			List<String> line = lines.get(i);
			for (int j = 0; j < line.size(); j++) {
				if (j > 0) {
					svg.text(SEPARATOR);
				}
				String service = line.get(j);
				if (highlighted.filter(service::equals).isPresent()) {
					svg.element("tspan", "▸ " + service, "class", "service-picked");
				}
				else {
					svg.text(service);
				}
			}
			svg.close("text");
		}
	}
}
