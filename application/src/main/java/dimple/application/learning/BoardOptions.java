package dimple.application.learning;

import java.util.List;

/** What the board's filters offer: tags in use (most used first), team names and report kinds. */
public record BoardOptions(List<String> tags, List<String> teams, List<String> kinds) implements java.io.Serializable {
    public BoardOptions {
        tags = List.copyOf(tags);
        teams = List.copyOf(teams);
        kinds = List.copyOf(kinds);
    }
}
