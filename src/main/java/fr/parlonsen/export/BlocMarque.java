package fr.parlonsen.export;

import java.util.List;
import java.util.Locale;

/**
 * The lines of the State's bloc-marque (charte graphique de l'État): the authority in capitals on two lines,
 * the motto under it. Built from the territory's own wording ("de l'Aisne", "du Nord", "des Yvelines"),
 * never written per département.
 */
public final class BlocMarque {

    /** The motto printed under every bloc-marque. */
    public static final List<String> MOTTO = List.of("Liberté", "Égalité", "Fraternité");

    private BlocMarque() {
    }

    /** "de l'Aisne" → "PRÉFET", "DE L'AISNE". */
    public static List<String> prefect(String withPreposition) {
        return List.of("PRÉFET", upper(withPreposition));
    }

    /** "Ministère de l'Intérieur" → "MINISTÈRE", "DE L'INTÉRIEUR". */
    public static List<String> ministry(String name) {
        int space = name.indexOf(' ');
        return space < 0 ? List.of(upper(name)) : List.of(upper(name.substring(0, space)), upper(name.substring(space + 1)));
    }

    private static String upper(String text) {
        return text.toUpperCase(Locale.FRANCE).replace('\u2019', '\'');
    }
}
