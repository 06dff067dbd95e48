package fr.normandie.ecoles.app.security;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenClaimsTest {

    private static TokenClaims claims(String json) {
        return new TokenClaims(Json.createReader(new StringReader(json)).readObject());
    }

    @Test
    void readsAClaimAsOneStringAnArrayOrANestedPath() {
        TokenClaims claims = claims("{\"aud\":\"ecoles\",\"roles\":[\"a\",\"b\",3],"
                + "\"realm_access\":{\"roles\":[\"ecoles-staff\"]},\"exp\":1796293566}");

        assertThat(claims.strings("aud")).containsExactly("ecoles");
        assertThat(claims.strings("roles")).containsExactly("a", "b");
        assertThat(claims.strings("realm_access.roles")).containsExactly("ecoles-staff");
        assertThat(claims.strings("realm_access.missing")).isEmpty();
        assertThat(claims.strings("exp")).isEmpty();
        assertThat(claims.epochSeconds("exp")).contains(1796293566L);
    }

    @Test
    void refusesWhatIsNotAJwt() {
        assertThatThrownBy(() -> TokenClaims.ofJwt("abc")).isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> TokenClaims.ofJwt("a.%%%.c")).isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> TokenClaims.ofJwt("a.WzFd.c")).isInstanceOf(InvalidTokenException.class);
    }
}
