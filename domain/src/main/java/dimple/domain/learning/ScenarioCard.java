package dimple.domain.learning;

import dimple.domain.shared.Ids;
import dimple.domain.shared.Text;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A role-play card made from a lesson, for a team's training hour: who the customer is, what happened,
 * what the employee may offer, what good looks like and the questions for the debrief. Practice
 * sessions are logged on it.
 */
@Entity
@Table(name = "scenario_card")
public class ScenarioCard {
    public static final int MAX_TEXT = Situation.MAX;
    public static final int MAX_QUESTION = 300;
    public static final int MAX_QUESTIONS = 10;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "lesson_id", nullable = false, length = 36)
    private String lessonId;

    @Column(name = "team_id", nullable = false, length = 36)
    private String teamId;

    @Column(nullable = false, length = 2 * MAX_TEXT)
    private String persona;

    @Column(nullable = false, length = 2 * MAX_TEXT)
    private String situation;

    @Column(name = "may_offer", nullable = false, length = 2 * MAX_TEXT)
    private String mayOffer;

    @Column(name = "good_looks_like", nullable = false, length = 2 * MAX_TEXT)
    private String goodLooksLike;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "scenario_question", joinColumns = @JoinColumn(name = "scenario_id"))
    @OrderColumn(name = "position")
    @Column(name = "question", length = 2 * MAX_QUESTION)
    private List<String> debriefQuestions = new ArrayList<>();

    @Column(name = "created_by", nullable = false, length = 36)
    private String createdByAccountId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "scenario_id", nullable = false)
    @OrderBy("heldOn DESC")
    private List<PracticeSession> sessions = new ArrayList<>();

    protected ScenarioCard() {
    }

    /** Writes a card from a lesson of the given team. Texts are trimmed; blank debrief questions are left out. */
    public static ScenarioCard fromLesson(Lesson lesson, String persona, String situation, String mayOffer, String goodLooksLike,
                                          List<String> debriefQuestions, String authorAccountId, Instant at) {
        ScenarioCard card = new ScenarioCard();
        card.id = Ids.newId();
        card.lessonId = lesson.id();
        card.teamId = lesson.teamId();
        card.persona = CustomerPersona.of(persona).text();
        card.situation = Situation.of(situation).text();
        card.mayOffer = WhatMayBeOffered.of(mayOffer).text();
        card.goodLooksLike = WhatGoodLooksLike.of(goodLooksLike).text();
        for (String q : debriefQuestions == null ? List.<String>of() : debriefQuestions) {
            String clean = Text.trimToNull(q);
            if (clean != null && !card.debriefQuestions.contains(clean)) {
                card.debriefQuestions.add(clean);
            }
        }
        card.createdByAccountId = Objects.requireNonNull(authorAccountId);
        card.createdAt = Objects.requireNonNull(at);
        return card;
    }

    /** Logs a practice of this card. */
    public PracticeSession logPractice(LocalDate heldOn, List<String> participants, String notes, String byAccountId, Instant at) {
        PracticeSession session = PracticeSession.held(heldOn, participants, notes, byAccountId, at);
        sessions.add(0, session);
        return session;
    }

    public String id() {
        return id;
    }

    public String lessonId() {
        return lessonId;
    }

    public String teamId() {
        return teamId;
    }

    public String persona() {
        return persona;
    }

    public String situation() {
        return situation;
    }

    public String mayOffer() {
        return mayOffer;
    }

    public String goodLooksLike() {
        return goodLooksLike;
    }

    public List<String> debriefQuestions() {
        return List.copyOf(debriefQuestions);
    }

    public String createdByAccountId() {
        return createdByAccountId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Practice sessions, latest first. */
    public List<PracticeSession> sessions() {
        return List.copyOf(sessions);
    }
}
