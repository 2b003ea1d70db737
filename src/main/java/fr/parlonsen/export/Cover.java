package fr.parlonsen.export;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Cover page. The date is also the creation/modification date written inside every file,
 * which keeps the exports reproducible.
 *
 * @param authority    "Préfecture de l'Aisne", "Ministère de l'Intérieur"…
 * @param title        document title
 * @param campaign     « Vos libertés, votre sécurité : parlons-en ensemble »
 * @param date         date of the document
 * @param versionLabel "Version 2 — validée par le préfet", "Projet"…
 */
public record Cover(String authority, String title, String campaign, LocalDate date, String versionLabel) {

    public Cover {
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(versionLabel, "versionLabel");
    }
}
