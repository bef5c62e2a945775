package dimple.web.learning;

import dimple.application.learning.InsightService;
import dimple.application.learning.InsightsView;
import dimple.web.shared.QueryParams;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Learning-health insights (API.md "Learning"): leaders for their teams, HR for the organisation; employees 403, another team 404. */
@Path("insights")
@Produces(MediaType.APPLICATION_JSON)
public class InsightResource {
    @Inject
    InsightService insights;

    @GET
    public InsightsView insights(@QueryParam("team") String team, @QueryParam("from") String from, @QueryParam("to") String to) {
        return insights.insights(team, QueryParams.date("from", from), QueryParams.date("to", to));
    }
}
