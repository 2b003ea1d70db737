package fr.parlonsen.security;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The validated inputs of the user use cases. Entities are never bound from a request. */
public final class UserForms {
    private UserForms() {
    }

    public record CreateUser(
            @NotBlank(message = "L'identifiant est obligatoire.")
            @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}", message = "L'identifiant doit faire de 3 à 64 caractères : minuscules, chiffres, point, tiret ou tiret bas.")
            String username,
            @NotBlank(message = "Le mot de passe est obligatoire.")
            @Size(min = 12, max = 128, message = "Le mot de passe doit faire de 12 à 128 caractères.")
            String password,
            @NotBlank(message = "Le nom affiché est obligatoire.")
            @Size(max = 200, message = "Le nom affiché ne doit pas dépasser 200 caractères.")
            String displayName,
            @Email(message = "L'adresse électronique n'est pas valide.")
            @Size(max = 254, message = "L'adresse électronique est trop longue.")
            String email,
            @NotEmpty(message = "Au moins un rôle est obligatoire.")
            List<@NotBlank(message = "Un rôle ne peut pas être vide.") String> roles,
            @Size(max = 3, message = "Code de département invalide.")
            String department,
            List<String> arrondissements) {
    }

    public record UpdateUser(
            @NotBlank(message = "Le nom affiché est obligatoire.")
            @Size(max = 200, message = "Le nom affiché ne doit pas dépasser 200 caractères.")
            String displayName,
            @Email(message = "L'adresse électronique n'est pas valide.")
            @Size(max = 254, message = "L'adresse électronique est trop longue.")
            String email,
            @Size(min = 12, max = 128, message = "Le mot de passe doit faire de 12 à 128 caractères.")
            String password,
            @NotEmpty(message = "Au moins un rôle est obligatoire.")
            List<@NotBlank(message = "Un rôle ne peut pas être vide.") String> roles,
            @Size(max = 3, message = "Code de département invalide.")
            String department,
            List<String> arrondissements,
            Boolean enabled) {
    }

    /** What the API returns: never the password hash. */
    public record UserView(String username, String displayName, String email, List<String> roles, String department,
            List<String> arrondissements, boolean enabled, int version) {
        static UserView of(AppUser u) {
            return new UserView(u.username, u.displayName, u.email, u.roleSet().stream().map(r -> r.code).toList(),
                    u.department, List.copyOf(u.arrondissementSet()), u.enabled, u.version);
        }
    }
}
