package fr.normandie.ecoles.audits.internal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.UUID;

/**
 * Hands a UUID to the driver as it is. In an embeddable, EclipseLink's own conversion binds a UUID as
 * text, which PostgreSQL refuses for a {@code uuid} column.
 */
@Converter
public class UuidColumnConverter implements AttributeConverter<UUID, UUID> {

    @Override
    public UUID convertToDatabaseColumn(UUID value) {
        return value;
    }

    @Override
    public UUID convertToEntityAttribute(UUID column) {
        return column;
    }
}
