package fr.normandie.ecoles.app.security;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The claims of a token the directory signed (a JWT's payload), read the same way whether they come from the
 * ID token of a page's sign-in or from a bearer token on the API. A claim may be a dotted path into nested
 * objects ({@code realm_access.roles}, Keycloak's realm roles) and hold one string or an array of them.
 */
record TokenClaims(JsonObject json) {

    /** The payload of a compact JWT; refused ({@link InvalidTokenException}) when it is not one. */
    static TokenClaims ofJwt(String jwt) {
        String[] parts = jwt.split("\\.", -1);
        if (parts.length != 3) {
            throw new InvalidTokenException("not a signed JWT (three parts)");
        }
        return new TokenClaims(json(parts[1]));
    }

    static JsonObject json(String base64Url) {
        try (var reader = Json.createReader(new StringReader(
                new String(Base64.getUrlDecoder().decode(base64Url), StandardCharsets.UTF_8)))) {
            return reader.readObject();
        } catch (IllegalArgumentException | JsonException | ClassCastException e) {
            throw new InvalidTokenException("a part is not base64url JSON");
        }
    }

    Optional<String> string(String claim) {
        JsonValue value = json.get(claim);
        return value instanceof JsonString s && !s.getString().isBlank() ? Optional.of(s.getString()) : Optional.empty();
    }

    /** Every string the claim holds; none when it is missing or holds something else. */
    List<String> strings(String path) {
        JsonValue value = json;
        for (String step : path.split("\\.")) {
            if (!(value instanceof JsonObject object) || !object.containsKey(step)) {
                return List.of();
            }
            value = object.get(step);
        }
        if (value instanceof JsonString s) {
            return List.of(s.getString());
        }
        if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            return value.asJsonArray().stream().filter(JsonString.class::isInstance)
                    .map(v -> ((JsonString) v).getString()).toList();
        }
        return List.of();
    }

    /** A time claim, in seconds since the epoch. */
    Optional<Long> epochSeconds(String claim) {
        JsonValue value = json.get(claim);
        return value != null && value.getValueType() == JsonValue.ValueType.NUMBER
                ? Optional.of(((jakarta.json.JsonNumber) value).longValue()) : Optional.empty();
    }

    /** The person the token speaks for, with the roles the configured claim grants. */
    DirectoryCaller caller(DirectorySettings settings) {
        String name = string("preferred_username").or(() -> string("sub"))
                .orElseThrow(() -> new InvalidTokenException("no preferred_username nor sub"));
        Optional<String> fullName = string("name").or(() -> string("given_name").flatMap(given ->
                string("family_name").map(family -> given + " " + family)));
        return new DirectoryCaller(name, fullName, string("email"),
                settings.roles().rolesOf(strings(settings.rolesClaim())));
    }
}
