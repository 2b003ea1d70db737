package fr.parlonsen.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The French wording shared by every page ({@code msg:} in templates). */
@MessageBundle(value = "msg", locale = "fr")
public interface Messages {
    @Message("Parlons-en")
    String app_name();

    @Message("Vos libertés, votre sécurité : parlons-en ensemble")
    String campaign_slogan();

    @Message("Se connecter")
    String login();

    @Message("Se déconnecter")
    String logout();

    @Message("Accessibilité : partiellement conforme")
    String footer_accessibility();

    @Message("Déclaration d'accessibilité")
    String accessibility_statement();

    @Message("Aller au contenu")
    String skip_content();

    @Message("Aller au menu")
    String skip_menu();

    @Message("Aller au pied de page")
    String skip_footer();

    @Message("Identifiant ou mot de passe incorrect.")
    String login_failed();

    @Message("Retour à l'accueil")
    String back_home();

    @Message("Sources : INSEE, Code officiel géographique 2025 ; IGN Admin Express COG 2018 (via france-geojson) ; Etalab decoupage-administratif 6.0.0.")
    String geo_sources();

    @Message("Les cantons ne sont pas chargés pour ce département : la planification se fait par arrondissement, EPCI ou liste de communes.")
    String no_cantons();
}
