package fr.parlonsen.campaign;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The validated inputs of the campaign use cases, and what the API returns. */
public final class CampaignForms {
    private CampaignForms() {
    }

    public record CreateCampaign(
            @NotBlank(message = "Le code de la campagne est obligatoire.")
            @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,39}", message = "Le code fait de 1 à 40 caractères : lettres, chiffres, point, tiret ou tiret bas.")
            String code,
            @NotBlank(message = "Le titre est obligatoire.")
            @Size(max = 200, message = "Le titre ne doit pas dépasser 200 caractères.")
            String title,
            @NotNull(message = "La date de début est obligatoire.")
            LocalDate startsOn,
            @NotNull(message = "La date de fin est obligatoire.")
            LocalDate endsOn,
            @NotNull(message = "La date de remise des synthèses est obligatoire.")
            LocalDate synthesisDueOn,
            @NotEmpty(message = "Au moins un thème est obligatoire.")
            List<@Valid @NotNull(message = "Un thème ne peut pas être vide.") ThemeInput> themes) {
    }

    public record ThemeInput(
            @NotBlank(message = "Le code du thème est obligatoire.")
            @Size(max = 40, message = "Le code du thème ne doit pas dépasser 40 caractères.")
            String code,
            @NotBlank(message = "Le titre du thème est obligatoire.")
            @Size(max = 200, message = "Le titre du thème ne doit pas dépasser 200 caractères.")
            String title,
            List<@Valid @NotNull(message = "Un sous-thème ne peut pas être vide.") TopicInput> topics) {
    }

    public record TopicInput(
            @NotBlank(message = "Le code du sous-thème est obligatoire.")
            @Size(max = 60, message = "Le code du sous-thème ne doit pas dépasser 60 caractères.")
            String code,
            @NotBlank(message = "Le titre du sous-thème est obligatoire.")
            @Size(max = 200, message = "Le titre du sous-thème ne doit pas dépasser 200 caractères.")
            String title,
            @Size(max = 200, message = "Le groupe ne doit pas dépasser 200 caractères.")
            String group,
            List<String> keywords,
            @Schema(description = ROLE_DOC, enumeration = { "measure", "problem", "generic" }, nullable = true)
            @Pattern(regexp = ROLES, message = "Le champ role du sous-thème vaut « measure », « problem » ou « generic », ou est absent.")
            String role) {

        /** A sub-topic without a role (what the contract had before {@code role}). */
        public TopicInput(String code, String title, String group, List<String> keywords) {
            this(code, title, group, keywords, null);
        }
    }

    public record TopicView(String code, String title, String group, List<String> keywords,
            @Schema(description = ROLE_DOC, enumeration = { "measure", "problem", "generic" }, nullable = true)
            String role) {
        static TopicView of(Topic t) {
            return new TopicView(t.code, t.title, t.groupTitle, t.keywordList(), t.role);
        }
    }

    /** The roles a sub-topic may have ({@link fr.parlonsen.analysis.TopicKeywords.Role}, lower case). */
    static final String ROLES = "measure|problem|generic";
    static final String ROLE_DOC = "Ce dont parle le sous-thème, pour la suggestion : « measure » (une mesure ou un "
            + "outil précis : caméras, police municipale), « problem » (un problème ou un public : cambriolages, "
            + "jeunes), « generic » (un moyen général : plus de police, patrouilles ; il ne l'emporte que si rien de "
            + "plus précis n'est dit), ou absent (classé sur son seul score). Facultatif.";

    public record ThemeView(String code, String title, List<TopicView> topics) {
        static ThemeView of(Theme t) {
            return new ThemeView(t.code, t.title, t.topics.stream().map(TopicView::of).toList());
        }
    }

    public record CampaignView(long id, String code, String title, LocalDate startsOn, LocalDate endsOn,
            LocalDate synthesisDueOn, List<ThemeView> themes) {
        public static CampaignView of(Campaign c) {
            return new CampaignView(c.id, c.code, c.title, c.startsOn, c.endsOn, c.synthesisDueOn,
                    c.themes.stream().map(ThemeView::of).toList());
        }
    }
}
