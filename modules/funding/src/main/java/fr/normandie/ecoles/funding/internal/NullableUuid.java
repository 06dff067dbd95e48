package fr.normandie.ecoles.funding.internal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.UUID;

/**
 * A UUID column that may be null (a commitment's project or school). EclipseLink's own UUID conversion fails
 * on a null value; this one passes the driver's UUID through both ways.
 */
@Converter
public class NullableUuid implements AttributeConverter<UUID, UUID> {

    @Override
    public UUID convertToDatabaseColumn(UUID value) {
        return value;
    }

    @Override
    public UUID convertToEntityAttribute(UUID column) {
        return column;
    }
}
