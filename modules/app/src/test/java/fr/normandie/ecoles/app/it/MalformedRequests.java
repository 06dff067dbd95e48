package fr.normandie.ecoles.app.it;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The malformed requests of the fuzz test, generated from each write endpoint's valid body and the kinds of
 * its fields: every field gets every malformation of its kind (a wrong JSON type, an integer beyond
 * {@code int}, {@code 1e999999999}, a fraction, an unknown enumeration value, a null in a list, a text too
 * long for its column or for any field, a date out of bounds, ...), and every endpoint every malformation of
 * the body itself (trailing content, no or a wrong content type, a charset other than UTF-8, invalid UTF-8,
 * not an object, empty) and of its path (an unknown id, another project's or task's id). Deterministic: the
 * only random choices are drawn from a seeded generator.
 */
final class MalformedRequests {

    /** The kind of a field, which says how to malform it. */
    enum Kind { TEXT, INT, AMOUNT, BOOL, ENUM, ENUMS, DATE, TEXTS, OBJECTS, UUID }

    /** A field of a body: its path ({@code backers[0].kind}), its kind, and the length of its column for a text. */
    record Field(String path, Kind kind, int maxLength) {
        static Field of(String path, Kind kind) {
            return new Field(path, kind, 0);
        }

        static Field text(String path, int maxLength) {
            return new Field(path, Kind.TEXT, maxLength);
        }
    }

    /** A write endpoint: who calls it, how, its valid body, its fields, and other ids to put in its path. */
    record Endpoint(String name, String user, String method, String path, Map<String, Object> body,
                    List<Field> fields, List<String> otherPaths) {
    }

    /** One request to send: the field it malforms (null for the body or the path), its content type and bytes. */
    record Request(String endpoint, String what, String user, String method, String path, String field,
                   String contentType, byte[] body) {
        String describe() {
            return endpoint + " [" + what + "] " + method + " " + path;
        }
    }

    /** A JSON token written as it is, for numbers Java cannot hold. */
    record Raw(String json) {
    }

    private static final String JSON = "application/json";
    private static final String TOO_LONG_FOR_ANY_FIELD = "x".repeat(10_001);

    private final Random random = new Random(17);
    private final List<Request> requests = new ArrayList<>();

    List<Request> of(List<Endpoint> endpoints) {
        for (Endpoint endpoint : endpoints) {
            for (Field field : endpoint.fields()) {
                for (Object value : malformations(field)) {
                    add(endpoint, field.kind() + " " + field.path() + " = " + abbreviated(value), field.path(), JSON,
                            json(with(endpoint.body(), field.path(), value)).getBytes(StandardCharsets.UTF_8));
                }
            }
            bodyMalformations(endpoint);
            for (String other : endpoint.otherPaths()) {
                add(endpoint, "other id", other, null, JSON, json(endpoint.body()).getBytes(StandardCharsets.UTF_8));
            }
        }
        return requests;
    }

    private void bodyMalformations(Endpoint endpoint) {
        String valid = json(endpoint.body());
        add(endpoint, "trailing garbage", null, JSON, bytes(valid + " x"));
        add(endpoint, "trailing object", null, JSON, bytes(valid + "{}"));
        add(endpoint, "trailing brace", null, JSON, bytes(valid + "}"));
        add(endpoint, "truncated", null, JSON, bytes(valid.substring(0, valid.length() / 2)));
        add(endpoint, "no content type", null, null, bytes(valid));
        add(endpoint, "text/plain", null, "text/plain", bytes(valid));
        add(endpoint, "xml", null, "application/xml", bytes("<projet/>"));
        add(endpoint, "form-urlencoded", null, "application/x-www-form-urlencoded", bytes("name=x&capacity=24"));
        add(endpoint, "latin-1 charset", null, JSON + "; charset=ISO-8859-1", bytes(valid));
        add(endpoint, "not an object", null, JSON, bytes(random.nextBoolean() ? "[]" : "\"texte\""));
        add(endpoint, "empty", null, JSON, new byte[0]);
        add(endpoint, "invalid UTF-8", null, JSON, invalidUtf8(valid));
    }

    /** The valid body with one byte sequence that is not UTF-8 inside its first string. */
    private static byte[] invalidUtf8(String valid) {
        int quote = valid.indexOf(":\"") + 2;
        byte[] head = bytes(valid.substring(0, quote));
        byte[] tail = bytes(valid.substring(quote));
        byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF};
        byte[] all = new byte[head.length + bad.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        System.arraycopy(tail, 0, all, head.length + bad.length, tail.length);
        return all;
    }

    private List<Object> malformations(Field field) {
        List<Object> values = new ArrayList<>();
        switch (field.kind()) {
            case TEXT -> {
                values.addAll(List.of(12, true, Map.of("x", 1), List.of("a"), "nul\u0000caractère",
                        TOO_LONG_FOR_ANY_FIELD));
                if (field.maxLength() > 0 && field.maxLength() < 10_000) {
                    values.add("é".repeat(field.maxLength() + 1));
                }
            }
            case INT -> values.addAll(List.of("24", true, new Raw("24.5"), new Raw("1e999999999"),
                    new Raw("4294967320"), new Raw("2147483648"), new Raw("-2147483649"), new Raw("1e5000000"),
                    new Raw("0." + "0".repeat(random.nextInt(5)) + "1")));
            case AMOUNT -> values.addAll(List.of("1000", true, new Raw("1e999999999"), new Raw("-1e999999999"),
                    new Raw("1e5000000"), new Raw("1e-999999999"), new Raw("1000000000.01"), new Raw("0.001"),
                    new Raw("12345678901234567890")));
            case BOOL -> values.addAll(List.of("yes", 1, "true", 0, "oui"));
            case ENUM -> values.addAll(List.of("INCONNU", "compliant", 3, List.of("COMMUNE")));
            case ENUMS -> values.addAll(List.of(nullList(), List.of("INCONNU"), "X", List.of(3)));
            case DATE -> values.addAll(List.of("0000-01-01", "+99999-01-01", "1899-12-31", "2101-01-01",
                    "2026-02-30", "27/11/2026", 20261127, "2026-1-5", "-0001-01-01"));
            case TEXTS -> values.addAll(List.of(nullList(), "Usinage", List.of(1), List.of(List.of("x")),
                    List.of(TOO_LONG_FOR_ANY_FIELD)));
            case OBJECTS -> values.addAll(List.of(nullList(), "x", List.of(1), Map.of("a", 1)));
            case UUID -> values.addAll(List.of("pas-un-uuid", 12, UUID.randomUUID().toString() + "0"));
        }
        return values;
    }

    private static List<Object> nullList() {
        List<Object> list = new ArrayList<>();
        list.add(null);
        return list;
    }

    private void add(Endpoint endpoint, String what, String field, String contentType, byte[] body) {
        add(endpoint, what, endpoint.path(), field, contentType, body);
    }

    private void add(Endpoint endpoint, String what, String path, String field, String contentType, byte[] body) {
        requests.add(new Request(endpoint.name(), what, endpoint.user(), endpoint.method(), path, field, contentType,
                body));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String abbreviated(Object value) {
        String text = value instanceof Raw raw ? raw.json() : String.valueOf(value);
        return text.length() > 30 ? text.substring(0, 30) + "…(" + text.length() + ")" : text;
    }

    private static final Pattern STEP = Pattern.compile("([^.\\[]+)(?:\\[(\\d+)])?");

    /** A deep copy of the body with the value at the path ({@code lines[0].amount}) replaced. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> with(Map<String, Object> body, String path, Object value) {
        Map<String, Object> copy = (Map<String, Object>) copy(body);
        Object node = copy;
        String[] steps = path.split("\\.");
        for (int i = 0; i < steps.length; i++) {
            Matcher step = STEP.matcher(steps[i]);
            if (!step.matches()) {
                throw new IllegalArgumentException(path);
            }
            Map<String, Object> object = (Map<String, Object>) node;
            boolean last = i == steps.length - 1;
            if (step.group(2) == null) {
                if (last) {
                    object.put(step.group(1), value);
                } else {
                    node = object.get(step.group(1));
                }
            } else {
                List<Object> list = (List<Object>) object.get(step.group(1));
                int index = Integer.parseInt(step.group(2));
                if (last) {
                    list.set(index, value);
                } else {
                    node = list.get(index);
                }
            }
        }
        return copy;
    }

    private static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put((String) key, copy(item)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(copy(item)));
            return copy;
        }
        return value;
    }

    /** The body as JSON text; {@link Raw} tokens written as they are. */
    static String json(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Raw raw) {
            out.append(raw.json());
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(first ? "" : ",");
                first = false;
                write(String.valueOf(entry.getKey()), out);
                out.append(':');
                write(entry.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ",");
                write(list.get(i), out);
            }
            out.append(']');
        } else {
            out.append('"');
            for (char c : value.toString().toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
        }
    }
}
