package dimple.web.reporting;

import dimple.application.reporting.BentRuleEntry;
import dimple.application.reporting.BentRuleService;
import dimple.application.reporting.DecideBentRule;
import dimple.web.shared.JsonBody;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The bent-rules register: {@code GET /api/bent-rules?team=} and {@code POST /api/bent-rules/decisions}. */
@Path("bent-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BentRuleResource {
    @Inject
    BentRuleService bentRules;

    @GET
    public List<BentRuleEntry> register(@QueryParam("team") String team) {
        return bentRules.register(team);
    }

    /** {@code {team, rule, decision: KEEP|CHANGE|RETIRE, note?}} → the register entry of that rule. */
    @POST
    @Path("decisions")
    public BentRuleEntry decide(JsonObject json) {
        JsonBody body = JsonBody.of(json);
        DecideBentRule command = new DecideBentRule(body.string("team"), body.string("rule"), body.string("decision"), body.string("note"));
        body.orRefuse();
        return bentRules.decide(command);
    }
}
