package io.lectern.diagrams;

import io.lectern.authoring.WordedRefusal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A shared responsibility model: the layers of the stack from the bottom up, and the service
 * models that divide them between the provider and the customer.
 *
 * @param owners what each kind of ownership means, for the legend and the explorer page
 * @param ofTheCloud the label under the line where the provider's part ends
 * @param inTheCloud the label above it
 */
public record ResponsibilityModel(String id, String title, String about, Map<Owner, String> owners,
		String ofTheCloud, String inTheCloud, List<Layer> layers, List<ServiceModel> models) {

	public ResponsibilityModel {
		owners = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(owners));
		layers = List.copyOf(layers);
		models = List.copyOf(models);
	}

	/** The layers as they are drawn and tabled: customer data first, the facilities last. */
	public List<Layer> layersTopDown() {
		List<Layer> topDown = new java.util.ArrayList<>(layers);
		java.util.Collections.reverse(topDown);
		return topDown;
	}

	public Optional<ServiceModel> model(String id) {
		return models.stream().filter(model -> model.id().equalsIgnoreCase(id.strip())).findFirst();
	}

	/** The model that lists {@code service}, matched without regard to case. */
	public Optional<ServiceModel> modelOf(String service) {
		return models.stream().filter(model -> model.service(service).isPresent()).findFirst();
	}

	/**
	 * The view an author or a learner asked for. {@code service} alone draws its model with the
	 * service picked out; with {@code compareAll} every model is drawn and its column picked out.
	 *
	 * @throws WrongChoice naming the valid choices, when a name is unknown or the choices contradict
	 *     each other
	 */
	public ResponsibilityView view(Optional<String> model, Optional<String> service, boolean compareAll) {
		Optional<ServiceModel> chosen = model.map(id -> model(id)
			.orElseThrow(() -> new WrongChoice("problem.diagram.unknownModel", id, String.join(", ", modelIds()))));
		Optional<ServiceModel> owner = service.map(name -> modelOf(name)
			.orElseThrow(() -> new WrongChoice("problem.diagram.unknownService", name, String.join(", ", services()))));
		if (compareAll && chosen.isPresent()) {
			throw new WrongChoice("problem.diagram.modelAndCompare");
		}
		if (chosen.isPresent() && owner.isPresent() && !chosen.get().equals(owner.get())) {
			throw new WrongChoice("problem.diagram.otherModel", owner.get().service(service.get()).orElseThrow(),
					owner.get().id(), chosen.get().id());
		}
		Optional<String> spelled = owner.flatMap(found -> found.service(service.get()));
		return new ResponsibilityView(compareAll ? Optional.empty() : chosen.or(() -> owner), spelled);
	}

	public List<String> modelIds() {
		return models.stream().map(ServiceModel::id).toList();
	}

	public List<String> services() {
		return models.stream().flatMap(model -> model.services().stream()).toList();
	}

	/**
	 * How many layers, counted from the bottom, the provider secures on its own under {@code model}:
	 * the line between security of the cloud and in the cloud is drawn above them.
	 */
	public int providerLayers(ServiceModel model) {
		int count = 0;
		while (count < layers.size() && model.responsibility(layers.get(count)).owner() == Owner.AWS) {
			count++;
		}
		return count;
	}

	/** A view that cannot be drawn, as a content problem words it: its key and arguments, in English as its message. */
	public static final class WrongChoice extends WordedRefusal {

		WrongChoice(String key, Object... arguments) {
			super(key, arguments);
		}
	}
}
