package io.lectern.diagrams.internal;

import io.lectern.diagrams.DiagramWords;
import io.lectern.diagrams.Layer;
import io.lectern.diagrams.Owner;
import io.lectern.diagrams.ResponsibilityModel;
import io.lectern.diagrams.ResponsibilityView;
import io.lectern.diagrams.ServiceModel;
import java.util.List;
import java.util.stream.Collectors;

/** The words that go with a drawing: its title, and a description that states every fact it shows. */
public final class ResponsibilityText {

	private ResponsibilityText() {
	}

	public static String title(ResponsibilityModel model, ResponsibilityView view, DiagramWords words) {
		if (view.service().isPresent()) {
			String service = view.service().get();
			return view.comparesAll() ? words.word("diagram.title.compared", service)
					: words.word("diagram.title.service", service, words.inSentence(view.model().get().name()));
		}
		return view.model().map(one -> words.word("diagram.title.model", model.title(), words.inSentence(one.name())))
			.orElse(model.title());
	}

	public static String description(ResponsibilityModel model, ResponsibilityView view, DiagramWords words) {
		List<ServiceModel> shown = view.model().map(List::of).orElse(model.models());
		String prefix = view.service().map(service -> words.word("diagram.follows", service,
				words.inSentence(model.modelOf(service).orElseThrow().name())) + " ").orElse("");
		return prefix + shown.stream().map(one -> summary(model, one, words)).collect(Collectors.joining(" "));
	}

	/** "Container model (RDS, EMR...): AWS secures a, b and c; the customer secures d; shared: e." */
	static String summary(ResponsibilityModel model, ServiceModel one, DiagramWords words) {
		String parts = java.util.Arrays.stream(Owner.values())
			.map(owner -> {
				List<String> layers = layersOf(model, one, owner, words);
				return layers.isEmpty() ? null : words.word("diagram.summary." + owner.key(), words.list(layers));
			})
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.joining("; "));
		return words.word("diagram.summary", one.name(), String.join(", ", one.services()), parts);
	}

	private static List<String> layersOf(ResponsibilityModel model, ServiceModel one, Owner owner, DiagramWords words) {
		return model.layers()
			.stream()
			.filter(layer -> one.responsibility(layer).owner() == owner)
			.map(Layer::name)
			.map(words::startInSentence)
			.toList();
	}
}
