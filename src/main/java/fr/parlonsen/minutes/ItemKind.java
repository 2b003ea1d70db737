package fr.parlonsen.minutes;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** What a minutes item is: the lists of the minutes body, plus the notes per sub-topic. */
public enum ItemKind {
    TOPIC_NOTE("topic_note", "Notes par sous-thème"),
    QUESTION("question", "Questions et réponses"),
    STRENGTH("strength", "Points forts"),
    WEAKNESS("weakness", "Points faibles"),
    PROPOSAL("proposal", "Propositions");

    public final String code;
    public final String label;

    ItemKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public static ItemKind fromCode(String code) {
        for (ItemKind k : values()) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException(code);
    }

    @Converter
    public static class Column implements AttributeConverter<ItemKind, String> {
        @Override
        public String convertToDatabaseColumn(ItemKind kind) {
            return kind == null ? null : kind.code;
        }

        @Override
        public ItemKind convertToEntityAttribute(String code) {
            return code == null ? null : fromCode(code);
        }
    }
}
