package fr.parlonsen.question;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** pending → published or rejected (a moderator may change a decision). */
public enum QuestionStatus {
    PENDING("pending", "En attente"),
    PUBLISHED("published", "Publiée"),
    REJECTED("rejected", "Rejetée");

    public final String code;
    public final String label;

    QuestionStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public static java.util.Optional<QuestionStatus> fromCode(String code) {
        for (QuestionStatus s : values()) {
            if (s.code.equals(code)) {
                return java.util.Optional.of(s);
            }
        }
        return java.util.Optional.empty();
    }

    @Converter
    public static class Column implements AttributeConverter<QuestionStatus, String> {
        @Override
        public String convertToDatabaseColumn(QuestionStatus status) {
            return status == null ? null : status.code;
        }

        @Override
        public QuestionStatus convertToEntityAttribute(String code) {
            return code == null ? null : fromCode(code).orElseThrow();
        }
    }
}
