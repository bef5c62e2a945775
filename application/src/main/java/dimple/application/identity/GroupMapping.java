package dimple.application.identity;

import dimple.domain.identity.Role;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which of the provider's groups give which role (docs/adr/0032). Every person who signs in through the
 * provider is an employee; a group named in {@code leader}, {@code hr} or {@code admin} adds that role.
 * Groups are compared without regard to case, after trimming. A group named like a Dimple team makes the
 * person a member of that team, and a leader leads the teams they are a member of through their groups.
 */
public record GroupMapping(Set<String> leader, Set<String> hr, Set<String> admin) {
    public GroupMapping {
        leader = normalised(leader);
        hr = normalised(hr);
        admin = normalised(admin);
    }

    /** No group gives more than the employee role. */
    public static GroupMapping none() {
        return new GroupMapping(Set.of(), Set.of(), Set.of());
    }

    /** From the settings: each a comma-separated list of group names (null or blank: none). */
    public static GroupMapping parse(String leader, String hr, String admin) {
        return new GroupMapping(split(leader), split(hr), split(admin));
    }

    /** The roles these groups give: always EMPLOYEE, and each role one of the groups is mapped to. */
    public Set<Role> rolesFor(Collection<String> groups) {
        Set<String> held = normalised(groups);
        EnumSet<Role> roles = EnumSet.of(Role.EMPLOYEE);
        if (held.stream().anyMatch(leader::contains)) {
            roles.add(Role.LEADER);
        }
        if (held.stream().anyMatch(hr::contains)) {
            roles.add(Role.HR);
        }
        if (held.stream().anyMatch(admin::contains)) {
            roles.add(Role.ADMIN);
        }
        return roles;
    }

    static String key(String group) {
        return group.strip().toLowerCase(Locale.ROOT);
    }

    private static Set<String> split(String list) {
        return list == null ? Set.of() : Arrays.stream(list.split(",")).collect(Collectors.toSet());
    }

    private static Set<String> normalised(Collection<String> groups) {
        return groups == null ? Set.of()
                : groups.stream().filter(g -> g != null && !g.isBlank()).map(GroupMapping::key).collect(Collectors.toUnmodifiableSet());
    }
}
