package dimple.web.identity;

import dimple.web.shared.LabelSet;
import dimple.web.shared.Words;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Words on screen for roles (their names are the API's): "Employee, Leader", never {@code [EMPLOYEE, LEADER]}. */
@Named
@ApplicationScoped
public class IdentityLabels {
    static final LabelSet ROLES = LabelSet.of("label.identity.roles", "EMPLOYEE", "LEADER", "HR", "ADMIN");

    public List<String> getRoles() {
        return ROLES.names();
    }

    public String role(String name) {
        return ROLES.of(name);
    }

    /** Roles in words, in the order of {@link #ROLES}, separated by commas. */
    public String roles(Collection<String> names) {
        return roles(names, Words.current());
    }

    /** Names in words, separated by commas, as they come: teams, people. */
    public String list(Collection<String> names) {
        return names == null ? "" : String.join(", ", names);
    }

    static String roles(Collection<String> names, Locale locale) {
        if (names == null) {
            return "";
        }
        List<String> known = ROLES.names().stream().filter(names::contains).toList();
        List<String> unknown = names.stream().filter(n -> !ROLES.knows(n)).sorted().toList();
        return java.util.stream.Stream.concat(known.stream().map(n -> Words.text(locale, ROLES.key(n))), unknown.stream())
                .collect(Collectors.joining(", "));
    }
}
