package fr.normandie.ecoles.kernel;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.UUID;

/**
 * Hands a UUID to the driver as it is, both ways, null included. EclipseLink's own conversion fails on a null
 * UUID, and in an embeddable binds a UUID as text, which PostgreSQL refuses for a {@code uuid} column. Name it
 * on the attribute ({@code @Convert(converter = UuidColumnConverter.class)}); the persistence unit lists it.
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
