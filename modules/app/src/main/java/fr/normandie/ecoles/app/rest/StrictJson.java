package fr.normandie.ecoles.app.rest;

import fr.normandie.ecoles.app.InputBounds;
import fr.normandie.ecoles.app.problems.Problem;
import fr.normandie.ecoles.app.problems.UnreadableRequestException;
import fr.normandie.ecoles.app.web.Texts;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;

import java.io.StringReader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The strict reading of a JSON body against the input record it must become, before JSON-B binds it.
 * JSON-B alone is lenient where it matters: an integer beyond {@code int} wraps, a fraction is truncated,
 * {@code "yes"} reads as {@code false}, trailing content is ignored, a number like {@code 1e999999999} is
 * handed to the rules. Here the body is parsed once into a tree, refused unless it is exactly one JSON
 * object, and every value is checked against the Java type of its record component: a string for a text
 * ({@link InputBounds#MAX_TEXT} at most), an integral number within the type's range, an amount within
 * {@link InputBounds}, {@code true} or {@code false}, an enumeration's constant, an ISO date within
 * {@link InputBounds}, a UUID, a list with no null element. Every value at fault is named by its path in
 * the body ({@code backers[0].kind}); nothing is bound, and no rule runs, unless all are readable.
 * Missing values and nulls are left to the modules' Bean Validation, which says what is mandatory.
 */
final class StrictJson {

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private final List<Problem.FieldError> errors = new ArrayList<>();

    private StrictJson() {
    }

    /**
     * Checks the body against the type, or refuses it (400) with one entry per value at fault.
     *
     * @param what how the form is named in the refusal ("Le projet")
     */
    static void check(String body, Class<?> type, String what) {
        JsonValue tree = parse(body);
        StrictJson reading = new StrictJson();
        reading.value(tree, type, "");
        if (!reading.errors.isEmpty()) {
            throw refusal(Texts.get("reading.invalid", what, reading.errors.size()), reading.errors);
        }
    }

    /** Exactly one JSON object, nothing after it. */
    private static JsonValue parse(String body) {
        try (JsonParser parser = Json.createParser(new StringReader(body))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw refusal(Texts.get("reading.notObject"), null);
            }
            JsonValue tree = parser.getObject();
            if (parser.hasNext()) {
                throw refusal(Texts.get("reading.trailing"), null);
            }
            return tree;
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            throw refusal(Texts.get("reading.notJson", at == null ? 0 : at.getLineNumber(),
                    at == null ? 0 : at.getColumnNumber()), null);
        } catch (JsonException e) {
            throw refusal(Texts.get("reading.notJson", 0, 0), null);
        }
    }

    static UnreadableRequestException refusal(String detail, List<Problem.FieldError> errors) {
        return new UnreadableRequestException(400, Texts.get("reading.title"), detail, errors);
    }

    private void value(JsonValue value, Type type, String path) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return;
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw)) {
            list(value, generic.getActualTypeArguments()[0], path);
        } else if (type instanceof Class<?> known) {
            single(value, known, path);
        }
    }

    private void single(JsonValue value, Class<?> type, String path) {
        if (type == String.class) {
            text(value, path);
        } else if (type == Integer.class || type == int.class) {
            integral(value, Integer.MIN_VALUE, Integer.MAX_VALUE, path);
        } else if (type == Long.class || type == long.class) {
            integral(value, Long.MIN_VALUE, Long.MAX_VALUE, path);
        } else if (type == BigDecimal.class) {
            amount(value, path);
        } else if (type == Boolean.class || type == boolean.class) {
            require(value.getValueType() == JsonValue.ValueType.TRUE
                    || value.getValueType() == JsonValue.ValueType.FALSE, path, "reading.boolean");
        } else if (type.isEnum()) {
            constant(value, type, path);
        } else if (type == LocalDate.class) {
            date(value, path);
        } else if (type == UUID.class) {
            uuid(value, path);
        } else if (type.isRecord()) {
            record(value, type, path);
        }
    }

    private void text(JsonValue value, String path) {
        if (!require(value instanceof JsonString, path, "reading.text")) {
            return;
        }
        String text = ((JsonString) value).getString();
        if (text.length() > InputBounds.MAX_TEXT) {
            fail(path, Texts.get("reading.textTooLong", InputBounds.MAX_TEXT));
        } else if (!storable(text)) {
            fail(path, Texts.get("reading.badCharacter"));
        }
    }

    /** No NUL (PostgreSQL refuses it in a text) and no half of a UTF-16 pair (it has no UTF-8 form). */
    private static boolean storable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** Only the number's scale and a comparison are used: cheap for 1e999999999 too. */
    private void integral(JsonValue value, long min, long max, String path) {
        if (!require(value instanceof JsonNumber, path, "reading.integer")) {
            return;
        }
        BigDecimal number = ((JsonNumber) value).bigDecimalValue();
        if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            fail(path, Texts.get("reading.integerRange", min, max));
        } else if (number.stripTrailingZeros().scale() > 0) {
            fail(path, Texts.get("reading.fraction"));
        }
    }

    private void amount(JsonValue value, String path) {
        if (require(value instanceof JsonNumber, path, "reading.amount")
                && !InputBounds.isAmount(((JsonNumber) value).bigDecimalValue())) {
            fail(path, Texts.get("reading.amountRange"));
        }
    }

    private void constant(JsonValue value, Class<?> type, String path) {
        List<String> names = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        if (!(value instanceof JsonString text) || !names.contains(text.getString())) {
            fail(path, Texts.get("reading.enum", names.stream().collect(Collectors.joining(", "))));
        }
    }

    private void date(JsonValue value, String path) {
        if (!require(value instanceof JsonString, path, "reading.date")) {
            return;
        }
        String text = ((JsonString) value).getString();
        LocalDate date;
        try {
            date = text.length() == 10 ? LocalDate.parse(text, ISO_DATE) : null;
        } catch (DateTimeParseException e) {
            date = null;
        }
        if (date == null) {
            fail(path, Texts.get("reading.date"));
        } else if (!InputBounds.isDate(date)) {
            fail(path, Texts.get("reading.dateRange", InputBounds.FIRST_YEAR, InputBounds.LAST_YEAR));
        }
    }

    private void uuid(JsonValue value, String path) {
        boolean valid = value instanceof JsonString text && text.getString().length() == 36;
        if (valid) {
            try {
                UUID.fromString(((JsonString) value).getString());
            } catch (IllegalArgumentException e) {
                valid = false;
            }
        }
        require(valid, path, "reading.uuid");
    }

    private void list(JsonValue value, Type element, String path) {
        if (!require(value instanceof JsonArray, path, "reading.list")) {
            return;
        }
        JsonArray array = (JsonArray) value;
        for (int i = 0; i < array.size(); i++) {
            String at = path + "[" + i + "]";
            if (array.get(i).getValueType() == JsonValue.ValueType.NULL) {
                fail(at, Texts.get("reading.nullElement"));
            } else {
                value(array.get(i), element, at);
            }
        }
    }

    /** Each component by its name; a component missing from the object is left to Bean Validation. */
    private void record(JsonValue value, Class<?> type, String path) {
        if (!require(value instanceof JsonObject, path, "reading.object")) {
            return;
        }
        JsonObject object = (JsonObject) value;
        for (RecordComponent component : type.getRecordComponents()) {
            JsonValue field = object.get(component.getName());
            if (field != null) {
                value(field, component.getGenericType(),
                        path.isEmpty() ? component.getName() : path + "." + component.getName());
            }
        }
    }

    private boolean require(boolean condition, String path, String messageKey) {
        if (!condition) {
            fail(path, Texts.get(messageKey));
        }
        return condition;
    }

    private void fail(String path, String message) {
        errors.add(new Problem.FieldError(path.isEmpty() ? "(formulaire)" : path, message));
    }
}
