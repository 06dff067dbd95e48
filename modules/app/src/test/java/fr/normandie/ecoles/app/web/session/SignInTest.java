package fr.normandie.ecoles.app.web.session;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInTest {

    @Test
    void goesBackOnlyToAPageOfThisApplication() {
        assertThat(SignIn.safeDestination("/inbox.xhtml")).isEqualTo("/inbox.xhtml");
        assertThat(SignIn.safeDestination("/projects/view.xhtml?id=42")).isEqualTo("/projects/view.xhtml?id=42");
        assertThat(SignIn.safeDestination("https://elsewhere.example")).isEqualTo(SignIn.HOME);
        assertThat(SignIn.safeDestination("//elsewhere.example/x")).isEqualTo(SignIn.HOME);
        assertThat(SignIn.safeDestination("/\\elsewhere.example")).isEqualTo(SignIn.HOME);
        assertThat(SignIn.safeDestination("/login.xhtml")).isEqualTo(SignIn.HOME);
        assertThat(SignIn.safeDestination(null)).isEqualTo(SignIn.HOME);
    }

    // carriers: invite (issue 16)
    @Test
    void aCarrierLandsOnItsPortalWhenItAskedForNoPage() {
        assertThat(fr.normandie.ecoles.app.security.SignInMechanism.landing(null, true)).isEqualTo("/carrier/projects.xhtml");
        assertThat(fr.normandie.ecoles.app.security.SignInMechanism.landing("https://elsewhere.example", true))
                .isEqualTo("/carrier/projects.xhtml");
        assertThat(fr.normandie.ecoles.app.security.SignInMechanism.landing("/carrier/project.xhtml?id=1", true))
                .isEqualTo("/carrier/project.xhtml?id=1");
        assertThat(fr.normandie.ecoles.app.security.SignInMechanism.landing(null, false)).isEqualTo(SignIn.HOME);
    }
}
