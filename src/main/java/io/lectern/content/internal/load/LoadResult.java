package io.lectern.content.internal.load;

import io.lectern.content.Catalog;
import io.lectern.authoring.ContentProblem;
import java.util.List;

/** A catalog of every lesson that loaded cleanly, and every problem found on the way. */
public record LoadResult(Catalog catalog, List<ContentProblem> problems) {
}
