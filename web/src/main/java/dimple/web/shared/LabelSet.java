package dimple.web.shared;

import java.util.List;

/**
 * Words on screen for a set of names (an enumeration's values as the API spells them), in their order:
 * the names live here, the words in the message bundles under {@code prefix.NAME} (ADR 20).
 */
public record LabelSet(String prefix, List<String> names) {
    public LabelSet {
        names = List.copyOf(names);
    }

    public static LabelSet of(String prefix, String... names) {
        return new LabelSet(prefix, List.of(names));
    }

    public boolean knows(String name) {
        return names.contains(name);
    }

    /** The words for the name in the page's language; an unknown name as it is, none as empty. */
    public String of(String name) {
        return orElse(name, name == null ? "" : name);
    }

    /** The words for the name, or {@code otherwise} when the name is not one of this set. */
    public String orElse(String name, String otherwise) {
        return name != null && knows(name) ? Words.text(Words.current(), key(name)) : otherwise;
    }

    /** The bundle key of a name. */
    public String key(String name) {
        return prefix + "." + name;
    }
}
