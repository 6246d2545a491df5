package io.lectern.diagrams.internal.web;

import io.lectern.diagrams.DiagramWords;
import io.lectern.diagrams.Diagrams;
import io.lectern.diagrams.Layer;
import io.lectern.diagrams.Owner;
import io.lectern.diagrams.Responsibility;
import io.lectern.diagrams.ResponsibilityModel;
import io.lectern.diagrams.ResponsibilityView;
import io.lectern.diagrams.ServiceModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the explorer page shows for one choice: the drawing, and in words what the learner must
 * secure and what AWS secures. Built once per view and language and kept, like the drawings themselves.
 *
 * @param subject what the lists are about: "EMR", "the container model", or empty for all models
 * @param follows which model the service picked follows, in a sentence; empty when no service is picked
 * @param yours the layers the customer secures, alone or with AWS, from the top of the stack down
 * @param theirs the layers AWS secures, alone or with the customer
 */
public record Explorer(String title, Optional<String> subject, Optional<String> follows, Optional<ServiceModel> model, String svg,
		String table, String imageUrl, List<Item> yours, List<Item> theirs) {

	/** One layer in a list: its name, its note, and whether the other side has a part in it too. */
	public record Item(String layer, String note, boolean shared) {
	}

	static Explorer of(Diagrams diagrams, ResponsibilityModel model, ResponsibilityView view, DiagramWords words) {
		Optional<String> subject = view.service()
			.or(() -> view.model().map(one -> words.word("explorer.subject.model", words.inSentence(one.name()))));
		List<Item> yours = new ArrayList<>();
		List<Item> theirs = new ArrayList<>();
		view.model().ifPresent(one -> {
			for (Layer layer : model.layersTopDown()) {
				Responsibility owned = one.responsibility(layer);
				Item item = new Item(layer.name(), owned.note(), owned.owner() == Owner.SHARED);
				if (owned.owner() != Owner.AWS) {
					yours.add(item);
				}
				if (owned.owner() != Owner.CUSTOMER) {
					theirs.add(item);
				}
			}
		});
		Optional<String> follows = view.service()
			.flatMap(service -> view.model().map(one -> words.word("diagram.follows", service, words.inSentence(one.name()))));
		return new Explorer(diagrams.title(model, view, words), subject, follows, view.model(),
				diagrams.inlineSvg(model, view, "explorer", words), diagrams.table(model, view, words),
				ExplorerController.imageUrl(view),
				yours, theirs);
	}
}
