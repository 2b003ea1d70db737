package fr.parlonsen.minutes;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** draft → submitted → validated; reopened (with a reason) back to draft. */
public enum MinutesStatus {
    DRAFT("draft", "Brouillon"),
    SUBMITTED("submitted", "Soumis"),
    VALIDATED("validated", "Validé");

    public final String code;
    public final String label;

    MinutesStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public static MinutesStatus fromCode(String code) {
        for (MinutesStatus s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException(code);
    }

    @Converter
    public static class Column implements AttributeConverter<MinutesStatus, String> {
        @Override
        public String convertToDatabaseColumn(MinutesStatus status) {
            return status == null ? null : status.code;
        }

        @Override
        public MinutesStatus convertToEntityAttribute(String code) {
            return code == null ? null : fromCode(code);
        }
    }
}
