package fr.normandie.ecoles.app.web;

import fr.normandie.ecoles.app.InputBounds;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Every date field: typed and shown the French way, 27/11/2026 (the day and month may have one digit),
 * within {@link InputBounds}. */
@FacesConverter(forClass = LocalDate.class)
public class FrenchDateConverter implements Converter<LocalDate> {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.trim(), TYPED);
        } catch (DateTimeParseException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Texts.get("form.dateFormat"), null), e);
        }
        if (!InputBounds.isDate(date)) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Texts.get("form.dateRange", InputBounds.FIRST_YEAR, InputBounds.LAST_YEAR), null));
        }
        return date;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : Formats.DATE.format(value);
    }
}
