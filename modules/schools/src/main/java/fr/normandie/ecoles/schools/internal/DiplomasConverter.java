package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.Diploma;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The diplomas a school prepares, kept in one column as their names separated by commas. */
@Converter
public class DiplomasConverter implements AttributeConverter<List<Diploma>, String> {

    @Override
    public String convertToDatabaseColumn(List<Diploma> diplomas) {
        return diplomas == null ? null : diplomas.stream().map(Diploma::name).collect(Collectors.joining(","));
    }

    @Override
    public List<Diploma> convertToEntityAttribute(String column) {
        return column == null || column.isEmpty() ? List.of()
                : Arrays.stream(column.split(",")).map(Diploma::valueOf).toList();
    }
}
