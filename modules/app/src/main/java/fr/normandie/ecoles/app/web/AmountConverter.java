package fr.normandie.ecoles.app.web;

import fr.normandie.ecoles.app.InputBounds;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import java.math.BigDecimal;

/**
 * Every amount field: typed the French way (1 500 000, 1 250,50, with or without €) and shown without
 * grouping so that it can be typed again as it is. Refused beyond {@link InputBounds} before any rule
 * computes with it.
 */
@FacesConverter(forClass = BigDecimal.class)
public class AmountConverter implements Converter<BigDecimal> {

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String plain = value.replaceAll("[\\s\\u00a0\\u202f€]", "").replace(',', '.');
        BigDecimal amount;
        try {
            amount = new BigDecimal(plain);
        } catch (NumberFormatException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Texts.get("form.amountFormat"), null), e);
        }
        if (!InputBounds.isAmount(amount)) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Texts.get("form.amountRange"), null));
        }
        return amount;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return value == null ? "" : value.toPlainString().replace('.', ',');
    }
}
