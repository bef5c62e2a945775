package dimple.application.coaching;

import java.util.Collection;
import java.util.List;

/** Port: who belongs to some teams, so a leader can choose a member of a team they lead. Implemented over the accounts. */
public interface TeamRoster {
    /** The account ids of every member of these teams (leaders included), each once. */
    List<String> accountIdsOf(Collection<String> teamIds);
}
