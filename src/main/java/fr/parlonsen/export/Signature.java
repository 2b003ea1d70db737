package fr.parlonsen.export;

import java.util.Objects;

/**
 * The signature block closing a synthesis.
 *
 * @param placeAndDate "Fait à Laon, le 22 mai 2009"
 * @param title        "Le préfet de l'Aisne"
 * @param name         "Pierre Bayle" (may be empty while the signatory is not set)
 */
public record Signature(String placeAndDate, String title, String name) {

    public Signature {
        Objects.requireNonNull(placeAndDate, "placeAndDate");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(name, "name");
    }
}
