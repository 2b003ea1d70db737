package fr.parlonsen.forum;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class ForumStatusConverter implements AttributeConverter<ForumStatus, String> {
    @Override
    public String convertToDatabaseColumn(ForumStatus status) {
        return status == null ? null : status.code;
    }

    @Override
    public ForumStatus convertToEntityAttribute(String code) {
        return code == null ? null : ForumStatus.fromCode(code);
    }
}
