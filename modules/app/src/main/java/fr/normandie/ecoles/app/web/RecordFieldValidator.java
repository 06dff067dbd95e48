package fr.normandie.ecoles.app.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.ValidatorException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.List;

/**
 * Checks one field, as the person types, against the constraints of the record component it fills:
 * the very messages the module gives on submit, without waiting for it. The field names the record and
 * the component with the attributes {@code record} (a class name) and {@code field}.
 */
@FacesValidator("recordField")
public class RecordFieldValidator implements jakarta.faces.validator.Validator<Object> {

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        // the container's validator, whose constraint validators can use the modules' reference data
        Validator validator = CDI.current().select(Validator.class).get();
        Class<?> record = recordType((String) component.getAttributes().get("record"));
        String field = (String) component.getAttributes().get("field");
        List<FacesMessage> messages = validator.validateValue(record, field, value).stream()
                .map(ConstraintViolation::getMessage).sorted()
                .map(m -> new FacesMessage(FacesMessage.SEVERITY_ERROR, m, null)).toList();
        if (!messages.isEmpty()) {
            throw new ValidatorException(messages);
        }
    }

    private static Class<?> recordType(String name) {
        try {
            return Class.forName(name, false, RecordFieldValidator.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Unknown record " + name, e);
        }
    }
}
