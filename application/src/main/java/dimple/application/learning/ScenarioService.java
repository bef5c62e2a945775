package dimple.application.learning;

import dimple.application.audit.AuditAction;
import dimple.application.audit.AuditTrail;
import dimple.application.identity.CurrentActor;
import dimple.application.shared.Check;
import dimple.application.shared.CurrentUser;
import dimple.application.shared.PageView;
import dimple.application.shared.Paging;
import dimple.application.shared.RecordNotFound;
import dimple.application.shared.RequiresPermissions;
import dimple.domain.identity.Account;
import dimple.domain.identity.AccountRepository;
import dimple.domain.identity.Permission;
import dimple.domain.identity.Team;
import dimple.domain.identity.TeamRepository;
import dimple.domain.learning.CustomerPersona;
import dimple.domain.learning.Lesson;
import dimple.domain.learning.LessonRepository;
import dimple.domain.learning.PracticeSession;
import dimple.domain.learning.ScenarioCard;
import dimple.domain.learning.ScenarioCardRepository;
import dimple.domain.learning.Situation;
import dimple.domain.learning.WhatGoodLooksLike;
import dimple.domain.learning.WhatMayBeOffered;
import dimple.domain.shared.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Scenario cards: leaders turn a lesson into a role-play card and log practice sessions; everyone signed
 * in browses and prints the cards.
 */
@ApplicationScoped
@Transactional
public class ScenarioService {
    private ScenarioCardRepository cards;
    private LessonRepository lessons;
    private AccountRepository accounts;
    private TeamRepository teams;
    private CurrentUser currentUser;
    private CurrentActor actor;
    private AuditTrail audit;
    private Clock clock;

    protected ScenarioService() {
    }

    @Inject
    public ScenarioService(ScenarioCardRepository cards, LessonRepository lessons, AccountRepository accounts, TeamRepository teams,
                           CurrentUser currentUser, CurrentActor actor, AuditTrail audit, Clock clock) {
        this.cards = cards;
        this.lessons = lessons;
        this.accounts = accounts;
        this.teams = teams;
        this.currentUser = currentUser;
        this.actor = actor;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The lesson a leader is about to turn into a card, for the card form: only those who may write
     * cards get it (everyone else gets 403, whether the lesson exists or not), a missing lesson is 404.
     */
    @RequiresPermissions(Permission.SCENARIO_WRITE)
    public ScenarioSource source(String lessonId) {
        me();
        Lesson lesson = lesson(lessonId);
        return new ScenarioSource(lesson.id(), lesson.title(), lesson.takeaway());
    }

    /** A leader turns a lesson into a role-play card. */
    @RequiresPermissions(Permission.SCENARIO_WRITE)
    public ScenarioView write(String lessonId, WriteScenario command) {
        Account me = me();
        Lesson lesson = lesson(lessonId);
        List<String> questions = command.debriefQuestions() == null ? List.of() : command.debriefQuestions();
        Check check = Check.input();
        check.valid("persona", CustomerPersona::of, command.persona());
        check.valid("situation", Situation::of, command.situation());
        check.valid("mayOffer", WhatMayBeOffered::of, command.mayOffer());
        check.valid("goodLooksLike", WhatGoodLooksLike::of, command.goodLooksLike());
        check.that(questions.size() <= ScenarioCard.MAX_QUESTIONS, "debriefQuestions", "input.scenario.tooManyQuestions", ScenarioCard.MAX_QUESTIONS);
        for (int i = 0; i < questions.size() && i < ScenarioCard.MAX_QUESTIONS; i++) {
            check.maxLength("debriefQuestions[" + i + "]", strip(questions.get(i)), ScenarioCard.MAX_QUESTION, "field.aDebriefQuestion");
        }
        check.orRefuse();
        ScenarioCard card = ScenarioCard.fromLesson(lesson, command.persona(), command.situation(), command.mayOffer(),
                command.goodLooksLike(), questions, me.id(), clock.instant());
        cards.save(card);
        audit.recordAs(me.username(), AuditAction.SCENARIO_WRITTEN, "scenario " + card.id(), "lesson " + lesson.id());
        return view(card, lesson);
    }

    /** A leader logs that a team practised the card. */
    @RequiresPermissions(Permission.SCENARIO_WRITE)
    public ScenarioView.Practice logPractice(String scenarioId, LogPractice command) {
        Account me = me();
        ScenarioCard card = card(scenarioId);
        Instant now = clock.instant();
        List<String> participants = command.participants() == null ? List.of() : command.participants();
        Check check = Check.input()
                .required("heldOn", command.heldOn(), "field.date")
                .that(command.heldOn() == null || !command.heldOn().isAfter(LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1)),
                        "heldOn", "input.practice.inFuture")
                .that(participants.stream().anyMatch(p -> p != null && !p.isBlank()), "participants", "input.practice.noParticipant")
                .that(participants.size() <= PracticeSession.MAX_PARTICIPANTS, "participants", "input.review.tooManyParticipants", PracticeSession.MAX_PARTICIPANTS)
                .maxLength("notes", strip(command.notes()), PracticeSession.MAX_NOTES, "field.notes");
        for (int i = 0; i < participants.size() && i < PracticeSession.MAX_PARTICIPANTS; i++) {
            check.maxLength("participants[" + i + "]", strip(participants.get(i)), PracticeSession.MAX_PARTICIPANT, "field.aParticipant");
        }
        check.orRefuse();
        PracticeSession session = card.logPractice(command.heldOn(), participants, command.notes(), me.id(), now);
        cards.save(card);
        audit.recordAs(me.username(), AuditAction.PRACTICE_LOGGED, "scenario " + card.id(), "held on " + command.heldOn());
        return practice(session);
    }

    /** One card, for everyone signed in. */
    @RequiresPermissions(Permission.LESSON_READ)
    public ScenarioView find(String scenarioId) {
        me();
        ScenarioCard card = card(scenarioId);
        return view(card, lessons.findById(card.lessonId()).orElse(null));
    }

    /** All cards, newest first. */
    @RequiresPermissions(Permission.LESSON_READ)
    public PageView<ScenarioView> all(Integer page, Integer size) {
        me();
        return Paging.view(cards.all(Paging.request(page, size)), c -> view(c, lessons.findById(c.lessonId()).orElse(null)));
    }

    private ScenarioView view(ScenarioCard card, Lesson lesson) {
        return new ScenarioView(card.id(), card.lessonId(), lesson == null ? "" : lesson.title(),
                teams.findById(card.teamId()).map(Team::name).orElse(""), card.persona(), card.situation(), card.mayOffer(),
                card.goodLooksLike(), card.debriefQuestions(), card.createdAt(),
                card.sessions().stream().map(ScenarioService::practice).toList());
    }

    private static ScenarioView.Practice practice(PracticeSession s) {
        return new ScenarioView.Practice(s.id(), s.heldOn(), s.participants(), s.notes());
    }

    private ScenarioCard card(String id) {
        if (id == null || !Ids.looksLikeId(id)) {
            throw new RecordNotFound("scenario");
        }
        return cards.findById(id).orElseThrow(() -> new RecordNotFound("scenario"));
    }

    private Lesson lesson(String id) {
        if (id == null || !Ids.looksLikeId(id)) {
            throw new RecordNotFound("lesson");
        }
        return lessons.findById(id).orElseThrow(() -> new RecordNotFound("lesson"));
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    private Account me() {
        return actor.account(accounts);
    }
}
