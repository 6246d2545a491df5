package io.lectern.diagrams.internal;

import io.lectern.diagrams.Layer;
import io.lectern.diagrams.Owner;
import io.lectern.diagrams.ResponsibilityModel;
import io.lectern.diagrams.ResponsibilityView;
import io.lectern.diagrams.ServiceModel;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The words that go with a drawing: its title, and a description that states every fact it shows. */
public final class ResponsibilityText {

	private ResponsibilityText() {
	}

	public static String title(ResponsibilityModel model, ResponsibilityView view) {
		if (view.service().isPresent()) {
			String service = view.service().get();
			return view.comparesAll() ? "Who secures what for " + service + ", compared across the models"
					: "Who secures what for " + service + ": the " + view.model().get().name().toLowerCase(Locale.ROOT) + " model";
		}
		return view.model().map(one -> model.title() + ": " + one.name().toLowerCase(Locale.ROOT) + " services")
			.orElse(model.title());
	}

	public static String description(ResponsibilityModel model, ResponsibilityView view) {
		List<ServiceModel> shown = view.model().map(List::of).orElse(model.models());
		String prefix = view.service().map(service -> service + " follows the "
				+ model.modelOf(service).orElseThrow().name().toLowerCase(Locale.ROOT) + " model. ").orElse("");
		return prefix + shown.stream().map(one -> summary(model, one)).collect(Collectors.joining(" "));
	}

	/** "Container model (RDS, EMR...): AWS secures a, b and c; the customer secures d; shared: e." */
	static String summary(ResponsibilityModel model, ServiceModel one) {
		StringBuilder text = new StringBuilder(one.name()).append(" model (")
			.append(String.join(", ", one.services()))
			.append("): ");
		String parts = java.util.Arrays.stream(Owner.values())
			.map(owner -> {
				List<String> layers = layersOf(model, one, owner);
				if (layers.isEmpty()) {
					return null;
				}
				String who = switch (owner) {
					case AWS -> "AWS secures ";
					case CUSTOMER -> "the customer secures ";
					case SHARED -> "shared between them: ";
				};
				return who + list(layers);
			})
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.joining("; "));
		return text.append(parts).append('.').toString();
	}

	private static List<String> layersOf(ResponsibilityModel model, ServiceModel one, Owner owner) {
		return model.layers()
			.stream()
			.filter(layer -> one.responsibility(layer).owner() == owner)
			.map(Layer::name)
			.map(name -> name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1))
			.toList();
	}

	private static String list(List<String> items) {
		if (items.size() == 1) {
			return items.get(0);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
	}
}
