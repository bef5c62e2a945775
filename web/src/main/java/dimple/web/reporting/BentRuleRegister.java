package dimple.web.reporting;

import dimple.application.reporting.BentRuleEntry;
import dimple.application.reporting.BentRuleService;
import dimple.application.reporting.DecideBentRule;
import dimple.web.shared.Messages;
import dimple.web.shared.Words;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Rules people bent for customers, grouped by rule, with the reports behind them and the leaders' decisions. */
@Named
@ViewScoped
public class BentRuleRegister implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    BentRuleService bentRules;

    private String team;
    private List<BentRuleEntry> entries = List.of();
    private final Map<String, String> decisions = new HashMap<>();
    private final Map<String, String> notes = new HashMap<>();

    /** f:viewAction */
    public void load() {
        entries = bentRules.register(team);
        decisions.clear();
        notes.clear();
        for (BentRuleEntry entry : entries) {
            if (entry.decision() != null) {
                decisions.put(key(entry), entry.decision().decision());
                notes.put(key(entry), entry.decision().note());
            }
        }
    }

    public String decide(BentRuleEntry entry) {
        String k = key(entry);
        BentRuleEntry decided = bentRules.decide(new DecideBentRule(entry.team(), entry.rule(), decisions.get(k), notes.get(k)));
        Messages.done(Words.text(Words.current(), "done.bentRuleDecided", decided.rule()));
        return "/report/bent-rules?faces-redirect=true" + (team == null || team.isBlank() ? "" : "&team=" + java.net.URLEncoder.encode(team,
                java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The key of an entry in the decision and note maps. */
    public String key(BentRuleEntry entry) {
        return entry.team() + "\n" + entry.rule().toLowerCase(java.util.Locale.ROOT);
    }

    public List<BentRuleEntry> getEntries() {
        return entries;
    }

    public Map<String, String> getDecisions() {
        return decisions;
    }

    public Map<String, String> getNotes() {
        return notes;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }
}
