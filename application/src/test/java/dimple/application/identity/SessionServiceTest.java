package dimple.application.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dimple.application.InMemoryDimple;
import dimple.application.audit.AuditAction;
import dimple.application.shared.RecordNotFound;
import dimple.domain.identity.Permission;
import dimple.domain.identity.Role;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SessionServiceTest {
    private final InMemoryDimple dimple = new InMemoryDimple();
    private final SessionService sessions = dimple.sessionService;

    SessionServiceTest() {
        dimple.givenAccount("emma", "lantern drift quietly", Role.EMPLOYEE);
        dimple.givenAccount("eli", "harbour lights at dusk", Role.EMPLOYEE);
        dimple.givenAccount("ada", "admin pass phrase long", Role.ADMIN);
    }

    private String emmaStarts(String device) {
        dimple.currentUser.signedInAs("emma", Permission.ACCOUNT_OWN, Permission.SELF_USE);
        return sessions.start(device);
    }

    @Test
    void start_givesA256BitSecret_andKeepsOnlyItsHash() {
        String secret = emmaStarts("Firefox on Linux");

        assertThat(secret).matches("[A-Za-z0-9_-]{43}");
        assertThat(dimple.sessions.findByAccount(dimple.accounts.get("emma").id())).singleElement()
                .satisfies(s -> assertThat(s.tokenHash()).isNotEqualTo(secret).hasSize(64));
        assertThat(emmaStarts("Firefox on Linux")).isNotEqualTo(secret);
    }

    @Test
    void stillSignedIn_onlyWithTheSecret_ofALiveSession_ofThatPerson() {
        String secret = emmaStarts("Firefox on Linux");

        assertThat(sessions.stillSignedIn(secret)).isTrue();
        assertThat(sessions.stillSignedIn("x" + secret)).isFalse();
        assertThat(sessions.stillSignedIn(null)).isFalse();

        dimple.currentUser.signedInAs("eli", Permission.ACCOUNT_OWN);
        assertThat(sessions.stillSignedIn(secret)).as("a container session of someone else, carrying emma's cookie").isFalse();
    }

    @Test
    void aSession_endsWhenIdle_andAfterItsLifetime_howeverBusy() {
        String secret = emmaStarts("Firefox on Linux");
        dimple.clock.advance(Duration.ofMinutes(30));
        assertThat(sessions.stillSignedIn(secret)).as("idle for 30 minutes").isFalse();

        String busy = emmaStarts("Firefox on Linux");
        for (int i = 0; i < 12 * 4 - 1; i++) {
            dimple.clock.advance(Duration.ofMinutes(15));
            assertThat(sessions.stillSignedIn(busy)).isTrue();
        }
        dimple.clock.advance(Duration.ofMinutes(15));
        assertThat(sessions.stillSignedIn(busy)).as("12 hours after sign-in").isFalse();
    }

    @Test
    void end_signsOutThatSessionOnly_andAuditsSignedOut() {
        String here = emmaStarts("Firefox on Linux");
        String there = emmaStarts("Chrome on Android");

        sessions.end(here);

        assertThat(sessions.stillSignedIn(here)).isFalse();
        assertThat(sessions.stillSignedIn(there)).isTrue();
        assertThat(dimple.auditEntries.last().action()).isEqualTo(AuditAction.SIGNED_OUT);
        assertThat(dimple.auditEntries.last().actor()).isEqualTo("emma");
    }

    @Test
    void mine_listsThePersonsLiveSessions_markingTheOneInUse_andEndingOneOrAllOthersWorks() {
        String here = emmaStarts("Firefox on Linux");
        String phone = emmaStarts("Chrome on Android");
        emmaStarts("Safari on iOS");
        dimple.currentUser.inSession(here);

        assertThat(sessions.mine()).hasSize(3).filteredOn(SessionView::current).singleElement()
                .satisfies(s -> assertThat(s.device()).isEqualTo("Firefox on Linux"));

        String phoneId = sessions.mine().stream().filter(s -> s.device().equals("Chrome on Android")).findFirst().orElseThrow().id();
        sessions.endMine(phoneId);
        assertThat(sessions.stillSignedIn(phone)).isFalse();

        assertThat(sessions.endMyOthers()).isEqualTo(1);
        assertThat(sessions.mine()).singleElement().satisfies(s -> assertThat(s.current()).isTrue());
    }

    @Test
    void endMine_someoneElsesSession_isNotFound() {
        emmaStarts("Firefox on Linux");
        String emmasId = sessions.mine().get(0).id();
        dimple.currentUser.signedInAs("eli", Permission.ACCOUNT_OWN);

        assertThatThrownBy(() -> sessions.endMine(emmasId)).isInstanceOf(RecordNotFound.class);
        assertThatThrownBy(() -> sessions.endMine("not-an-id")).isInstanceOf(RecordNotFound.class);
        assertThat(dimple.sessions.size()).isEqualTo(1);
    }

    @Test
    void endAllOf_anAdministratorSignsAPersonOutEverywhere() {
        String one = emmaStarts("Firefox on Linux");
        String two = emmaStarts("Chrome on Android");
        dimple.signInAsAdmin("ada");

        assertThat(sessions.endAllOf("emma")).isEqualTo(2);

        dimple.currentUser.signedInAs("emma", Permission.ACCOUNT_OWN);
        assertThat(sessions.stillSignedIn(one)).isFalse();
        assertThat(sessions.stillSignedIn(two)).isFalse();
        assertThat(dimple.auditEntries.last().action()).isEqualTo(AuditAction.SESSIONS_ENDED);
        assertThat(dimple.auditEntries.last().actor()).isEqualTo("ada");
        assertThatThrownBy(() -> sessions.endAllOf("nobody")).isInstanceOf(RecordNotFound.class);
    }

    @Test
    void signInUpkeep_removesSessionsPastTheirLifetime() {
        emmaStarts("Firefox on Linux");
        dimple.clock.advance(Duration.ofHours(13));

        assertThat(new SignInUpkeep(dimple.sessions, dimple.delays, dimple.clock).tidy()).isEqualTo(1);
        assertThat(dimple.sessions.size()).isZero();
    }
}
