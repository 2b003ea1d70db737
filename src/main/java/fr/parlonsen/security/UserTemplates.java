package fr.parlonsen.security;

import io.quarkus.qute.TemplateExtension;

/** Display logic of the account pages. */
@TemplateExtension
public class UserTemplates {
    private UserTemplates() {
    }

    /** The label of a field of the account forms, for the error summary. */
    static String accountFieldLabel(String field) {
        return switch (field) {
            case "username" -> "Identifiant";
            case "password" -> "Mot de passe";
            case "confirmation" -> "Confirmation du mot de passe";
            case "displayName" -> "Nom affiché";
            case "email" -> "Adresse électronique";
            case "roles" -> "Rôles";
            case "department" -> "Département";
            case "arrondissements" -> "Arrondissements";
            case "confirm" -> "Confirmation";
            default -> field;
        };
    }

    /** "02" → "Aisne". */
    static String departmentLabel(String code) {
        return code == null ? "" : fr.parlonsen.territory.Department.findByCode(code).map(d -> d.name).orElse(code);
    }
}
