package fr.parlonsen.kernel;

/** One field in error, with a French message ("title" → "Indiquez un titre."). */
public record Violation(String field, String message) {
}
