package dimple.infrastructure.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.apache.shiro.mgt.DefaultSecurityManager;
import org.apache.shiro.subject.PrincipalCollection;
import org.apache.shiro.subject.SimplePrincipalCollection;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.util.ThreadContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Permissions are read once per request, and a change to them shows on the next request. */
class DimpleRealmTest {
    private final Set<String> granted = new HashSet<>(Set.of("lesson:read"));
    private int reads;
    private final DimpleRealm realm = new DimpleRealm() {
        @Override
        Set<String> permissionsOf(String username) {
            reads++;
            return Set.copyOf(granted);
        }
    };
    private final DefaultSecurityManager securityManager = new DefaultSecurityManager(realm);
    private final PrincipalCollection emma = new SimplePrincipalCollection("emma", "dimple");

    /** What Shiro's filter does when a request starts: a new subject bound to the thread. */
    private Subject aRequestBy(PrincipalCollection principals) {
        ThreadContext.remove();
        Subject subject = new Subject.Builder(securityManager).principals(principals).authenticated(true).buildSubject();
        ThreadContext.bind(subject);
        return subject;
    }

    @AfterEach
    void endRequest() {
        ThreadContext.remove();
    }

    @Test
    void manyChecksInOneRequest_readThePermissionsOnce() {
        Subject subject = aRequestBy(emma);

        assertThat(subject.isPermitted("lesson:read")).isTrue();
        assertThat(subject.isPermitted("coaching:export")).isFalse();
        assertThat(subject.isPermitted("lesson:read")).isTrue();

        assertThat(reads).isEqualTo(1);
    }

    @Test
    void aPermissionTakenAway_isGoneFromTheNextRequest() {
        assertThat(aRequestBy(emma).isPermitted("lesson:read")).isTrue();
        granted.clear();

        assertThat(aRequestBy(emma).isPermitted("lesson:read")).isFalse();
        assertThat(reads).isEqualTo(2);
    }

    @Test
    void anotherPersonInTheSameThread_getsTheirOwnPermissions() {
        Subject subject = aRequestBy(emma);
        assertThat(subject.isPermitted("lesson:read")).isTrue();

        assertThat(realm.isPermitted(new SimplePrincipalCollection("lena", "dimple"), "lesson:read")).isTrue();
        assertThat(reads).as("read again for other principals").isEqualTo(2);
    }

    @Test
    void outsideARequest_everyCheckReadsAfresh() {
        realm.isPermitted(emma, "lesson:read");
        realm.isPermitted(emma, "lesson:read");

        assertThat(reads).isEqualTo(2);
    }
}
