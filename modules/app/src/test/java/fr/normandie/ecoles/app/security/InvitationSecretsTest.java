package fr.normandie.ecoles.app.security;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** carriers: invite (issue 16): the invitations' tokens and the user names proposed to invitees. */
class InvitationSecretsTest {

    @Test
    void aTokenIsLongRandomAndUrlSafeAndOnlyItsHashIsKept() {
        Set<String> drawn = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            drawn.add(InvitationTokens.draw());
        }
        assertThat(drawn).hasSize(1000).allMatch(token -> token.matches("[A-Za-z0-9_-]{43}"));
        String token = drawn.iterator().next();
        assertThat(InvitationTokens.hash(token)).matches("[0-9a-f]{64}").isEqualTo(InvitationTokens.hash(token))
                .doesNotContain(token);
        assertThat(InvitationTokens.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void theProposedNameMeetsTheAccountsRule() {
        assertThat(UsernameProposal.from("Élodie.Lefèvre@bocage.example")).isEqualTo("elodie.lefevre");
        assertThat(UsernameProposal.from("j+o'hara@x.example")).isEqualTo("johara");
        assertThat(UsernameProposal.from("é@x.example")).isEqualTo("porteure");
        assertThat(UsernameProposal.from("+@x.example")).isEqualTo("porteur");
        assertThat(UsernameProposal.from("a".repeat(64) + "@x.example")).hasSize(50);
        assertThat(UsernameProposal.numbered("a".repeat(50), 12)).isEqualTo("a".repeat(48) + "12");
        assertThat(UsernameProposal.numbered("claire", 2)).isEqualTo("claire2");
        for (String address : new String[] {"Élodie.Lefèvre@b.example", "x@y.example", "ÆØÅ@z.example", "+@x.example"}) {
            assertThat(UsernameProposal.from(address)).matches("[a-z0-9._-]{2,50}");
        }
    }
}
