package dimple.application.learning;

import java.util.List;

/** Turn a lesson into a role-play card: the customer, the situation, what may be offered, what good looks like, debrief questions. */
public record WriteScenario(String persona, String situation, String mayOffer, String goodLooksLike, List<String> debriefQuestions) {
}
