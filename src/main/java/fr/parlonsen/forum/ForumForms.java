package fr.parlonsen.forum;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The validated inputs of the forum use cases, and what the API returns. Dates come as text so that a bad one
 * gets a French message on its field rather than a parse error for the whole body.
 */
public final class ForumForms {
    private ForumForms() {
    }

    public record ForumInput(
            @NotBlank(message = "Le titre est obligatoire.")
            @Size(max = 200, message = "Le titre ne doit pas dépasser 200 caractères.")
            String title,
            @NotBlank(message = "La date et l'heure de début sont obligatoires.")
            String startsAt,
            @NotBlank(message = "La date et l'heure de fin sont obligatoires.")
            String endsAt,
            @Valid @NotNull(message = "Le lieu est obligatoire.")
            VenueInput venue,
            @NotNull(message = "La zone couverte est obligatoire : cantons, EPCI, arrondissements ou communes.")
            CatchmentInput catchment,
            List<@NotBlank(message = "Un identifiant d'animateur ne peut pas être vide.") String> facilitators,
            List<@Valid @NotNull(message = "Une personne invitée ne peut pas être vide.") InviteeInput> invitees) {

        public List<String> facilitatorList() {
            return facilitators == null ? List.of() : facilitators;
        }

        public List<InviteeInput> inviteeList() {
            return invitees == null ? List.of() : invitees;
        }
    }

    public record VenueInput(
            @NotBlank(message = "Le nom du lieu est obligatoire.")
            @Size(max = 200, message = "Le nom du lieu ne doit pas dépasser 200 caractères.")
            String name,
            @Size(max = 300, message = "L'adresse ne doit pas dépasser 300 caractères.")
            String address,
            @NotBlank(message = "La commune du lieu est obligatoire.")
            @Pattern(regexp = "[0-9][0-9AB][0-9]{3}", message = "Le code INSEE de la commune du lieu fait 5 caractères (ex. 02408).")
            String communeCode,
            @PositiveOrZero(message = "La capacité ne peut pas être négative.")
            @Max(value = 100000, message = "La capacité ne peut pas dépasser 100 000 places.")
            Integer capacity,
            Boolean accessible,
            @Size(max = 1000, message = "L'accès ne doit pas dépasser 1 000 caractères.")
            String access) {
    }

    /** Exactly one of the four lists. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CatchmentInput(List<String> cantons, List<String> epcis, List<String> arrondissements,
            List<String> communes) {

        /** The kinds given (non-null lists), in contract order. */
        public Map<CatchmentKind, List<String>> given() {
            Map<CatchmentKind, List<String>> out = new java.util.EnumMap<>(CatchmentKind.class);
            if (cantons != null) out.put(CatchmentKind.CANTONS, cantons);
            if (epcis != null) out.put(CatchmentKind.EPCIS, epcis);
            if (arrondissements != null) out.put(CatchmentKind.ARRONDISSEMENTS, arrondissements);
            if (communes != null) out.put(CatchmentKind.COMMUNES, communes);
            return out;
        }

        public static CatchmentInput of(CatchmentKind kind, List<String> codes) {
            return new CatchmentInput(kind == CatchmentKind.CANTONS ? codes : null,
                    kind == CatchmentKind.EPCIS ? codes : null, kind == CatchmentKind.ARRONDISSEMENTS ? codes : null,
                    kind == CatchmentKind.COMMUNES ? codes : null);
        }
    }

    public record InviteeInput(
            @NotBlank(message = "Le nom de la personne invitée est obligatoire.")
            @Size(max = 200, message = "Le nom ne doit pas dépasser 200 caractères.")
            String name,
            @NotBlank(message = "La qualité de la personne invitée est obligatoire.")
            @Pattern(regexp = "elu|association|socio-professionnel|autre", message = "La qualité doit être : elu, association, socio-professionnel ou autre.")
            String role,
            @Size(max = 200, message = "L'organisation ne doit pas dépasser 200 caractères.")
            String organisation,
            @Email(message = "L'adresse électronique n'est pas valide.")
            @Size(max = 254, message = "L'adresse électronique est trop longue.")
            String email) {
    }

    public record CancelInput(
            @NotBlank(message = "Le motif d'annulation est obligatoire.")
            @Size(max = 1000, message = "Le motif ne doit pas dépasser 1 000 caractères.")
            String reason) {
    }

    public record VenueView(String name, String address, String communeCode, String communeName, Integer capacity,
            Boolean accessible, String access) {
    }

    public record InviteeView(long id, String name, String role, String organisation, String email,
            Instant invitedAt) {
    }

    public record Named(String code, String name) {
    }

    /** One line of a département's list. */
    public record ForumSummary(long id, String title, String status, String statusLabel, OffsetDateTime startsAt,
            OffsetDateTime endsAt, VenueView venue, CatchmentInput catchment, List<Named> catchmentNames,
            int communesCovered, List<String> arrondissements, List<String> facilitators, int version) {
    }

    public record ForumView(long id, long campaignId, String department, String title, String status,
            String statusLabel, OffsetDateTime startsAt, OffsetDateTime endsAt, VenueView venue,
            CatchmentInput catchment, List<Named> catchmentNames, int communesCovered, List<String> arrondissements,
            List<String> facilitators, List<InviteeView> invitees, String cancelReason, String createdBy,
            int version, List<String> warnings) {
    }

    /** What a status change answers: the forum, with French warnings (e.g. a forum less than 21 days away). */
    public record Transition(ForumView forum, List<String> warnings) {
    }
}
