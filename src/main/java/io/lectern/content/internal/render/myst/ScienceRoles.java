package io.lectern.content.internal.render.myst;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * mystmd's roles for the sciences, shown as its theme shows them: {@code {chem}`H2O`}, a chemical
 * formula whose numbers are subscripts and whose signs are raised charges, and
 * {@code {si}`9.81 <\metre\per\second>`}, a quantity in SI units, written with siunitx's commands
 * and shown as their symbols with the words they stand for as its title.
 */
final class ScienceRoles {

	private static final Pattern DIGITS = Pattern.compile("[0-9]+");
	/** mystmd's own reading of the role: a number, an optional space, then commands in angle brackets. */
	private static final Pattern QUANTITY = Pattern.compile("(-?\\d+(,\\d+)*(\\.\\d+(e\\d+)?)?)\\s?<([\\\\a-zA-Z\\s]+)>");
	private static final Pattern COMMAND = Pattern.compile("\\\\([a-zA-Z]+)");
	/** siunitx's unit and prefix commands as mystmd knows them; another command stands as its name. */
	private static final Map<String, String> SYMBOLS = Map.ofEntries(Map.entry("ampere", "A"),
			Map.entry("candela", "cd"), Map.entry("kelvin", "K"), Map.entry("kilogram", "kg"), Map.entry("metre", "m"),
			Map.entry("meter", "m"), Map.entry("mole", "mol"), Map.entry("second", "s"), Map.entry("becquerel", "Bq"),
			Map.entry("degreeCelsius", "°C"), Map.entry("coulomb", "C"), Map.entry("farad", "F"), Map.entry("gray", "Gy"),
			Map.entry("hertz", "Hz"), Map.entry("henry", "H"), Map.entry("joule", "J"), Map.entry("lumen", "lm"),
			Map.entry("katal", "kat"), Map.entry("lux", "lx"), Map.entry("newton", "N"), Map.entry("ohm", "Ω"),
			Map.entry("pascal", "Pa"), Map.entry("radian", "rad"), Map.entry("siemens", "S"), Map.entry("sievert", "Sv"),
			Map.entry("steradian", "sr"), Map.entry("tesla", "T"), Map.entry("volt", "V"), Map.entry("watt", "W"),
			Map.entry("weber", "Wb"), Map.entry("astronomicalunit", "au"), Map.entry("bel", "B"), Map.entry("dalton", "Da"),
			Map.entry("day", "d"), Map.entry("decibel", "dB"), Map.entry("degree", "°"), Map.entry("electronvolt", "eV"),
			Map.entry("hectare", "ha"), Map.entry("hour", "h"), Map.entry("litre", "L"), Map.entry("liter", "L"),
			Map.entry("arcminute", "′"), Map.entry("minute", "min"), Map.entry("arcsecond", "″"), Map.entry("neper", "Np"),
			Map.entry("tonne", "t"), Map.entry("yocto", "y"), Map.entry("zepto", "z"), Map.entry("atto", "a"),
			Map.entry("femto", "f"), Map.entry("pico", "p"), Map.entry("nano", "n"), Map.entry("micro", "µ"),
			Map.entry("milli", "m"), Map.entry("centi", "c"), Map.entry("deci", "d"), Map.entry("deca", "da"),
			Map.entry("hecto", "h"), Map.entry("kilo", "k"), Map.entry("mega", "M"), Map.entry("giga", "G"),
			Map.entry("tera", "T"), Map.entry("peta", "P"), Map.entry("exa", "E"), Map.entry("zetta", "Z"),
			Map.entry("yotta", "Y"), Map.entry("angstrom", "Å"));

	private ScienceRoles() {
	}

	/** {@code {chem}`SO4-2`}: every run of digits a subscript, {@code +} and {@code -} raised. */
	static Node chemicalFormula(String formula) {
		String charged = formula.replace('+', '⁺').replace('-', '⁻');
		InlineMarkup shown = new InlineMarkup("span", Map.of("class", "chemical-formula"));
		Matcher digits = DIGITS.matcher(charged);
		int from = 0;
		while (digits.find()) {
			if (digits.start() > from) {
				shown.appendChild(new Text(charged.substring(from, digits.start())));
			}
			InlineMarkup subscript = new InlineMarkup("sub", Map.of());
			subscript.appendChild(new Text(digits.group()));
			shown.appendChild(subscript);
			from = digits.end();
		}
		if (from < charged.length()) {
			shown.appendChild(new Text(charged.substring(from)));
		}
		return shown;
	}

	/**
	 * {@code {si}`5 <\kilo\metre>`}: "5 km" titled "5 kilo metre", the number and its unit kept on one
	 * line. Empty when the content is not a number and commands, for the caller to report.
	 */
	static Optional<Node> quantity(String content) {
		Matcher quantity = QUANTITY.matcher(content);
		if (!quantity.find()) {
			return Optional.empty();
		}
		List<String> commands = new ArrayList<>();
		Matcher command = COMMAND.matcher(quantity.group(5));
		while (command.find()) {
			commands.add(command.group(1));
		}
		String number = quantity.group(1);
		String unit = String.join("", commands.stream().map(name -> SYMBOLS.getOrDefault(name, name)).toList());
		Map<String, String> attributes = new LinkedHashMap<>();
		attributes.put("class", "si-quantity");
		attributes.put("title", number + " " + String.join(" ", commands));
		InlineMarkup shown = new InlineMarkup("span", attributes);
		shown.appendChild(new Text(number + "\u00a0" + unit));
		return Optional.of(shown);
	}
}
