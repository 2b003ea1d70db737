package fr.parlonsen.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Cover page, in the letter form of the State. The date is also the creation/modification date written inside
 * every file, which keeps the exports reproducible.
 *
 * @param letterhead   the lines of the bloc-marque, e.g. "PRÉFET", "DE L'AISNE" ({@link BlocMarque}); the
 *                     motto "Liberté Égalité Fraternité" is added by every writer under it
 * @param authority    "Préfecture de l'Aisne", "Ministère de l'Intérieur"… (metadata, footers)
 * @param title        document title
 * @param campaign     « Vos libertés, votre sécurité : parlons-en ensemble »
 * @param date         date of the document
 * @param versionLabel "Version 2 — validée par le préfet", "Version 1 — projet"…
 * @param draft        true until validated: every page says "Projet"
 * @param addressees   "Délégation à la prospective et à la stratégie (DPS)"… (may be empty)
 * @param object       the "Objet :" line (may be empty)
 * @param reference    the "Référence :" line (may be empty)
 */
public record Cover(List<String> letterhead, String authority, String title, String campaign, LocalDate date,
        String versionLabel, boolean draft, List<String> addressees, String object, String reference) {

    public Cover {
        letterhead = List.copyOf(letterhead);
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(versionLabel, "versionLabel");
        addressees = List.copyOf(addressees);
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(reference, "reference");
    }

    /** A cover without letter form: the authority as letterhead, no addressee. */
    public Cover(String authority, String title, String campaign, LocalDate date, String versionLabel) {
        this(List.of(authority), authority, title, campaign, date, versionLabel, false, List.of(), "", "");
    }
}
