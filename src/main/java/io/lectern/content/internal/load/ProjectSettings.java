package io.lectern.content.internal.load;

import io.lectern.content.CourseLanguage;
import io.lectern.content.internal.render.myst.Abbreviations;

/**
 * What a course's project file says for every page of it: which format it is, and the settings
 * read from it that change how the pages read.
 *
 * @param language the language the course is written in
 * @param externalProjects the other MyST sites a {@code myst.yml} project's {@code xref:} links lead into
 * @param abbreviations a {@code myst.yml} project's {@code abbreviations}
 * @param showsTodos whether the pages show their {@code todo} notes: a Jupyter Book's
 *     {@code sphinx.config.todo_include_todos}, off unless said, as in Sphinx
 */
record ProjectSettings(ProjectFormat format, CourseLanguage language, ExternalProjects externalProjects,
		Abbreviations abbreviations, boolean showsTodos) {

	/** A project of this format whose file sets nothing more: in English, no links out, no abbreviations, no todos. */
	static ProjectSettings of(ProjectFormat format) {
		return new ProjectSettings(format, CourseLanguage.ENGLISH, ExternalProjects.NONE, Abbreviations.NONE, false);
	}

	/** The same settings, the course written in {@code language}. */
	ProjectSettings in(CourseLanguage language) {
		return new ProjectSettings(format, language, externalProjects, abbreviations, showsTodos);
	}
}
