package dimple.application.reporting;

import dimple.application.audit.AuditAction;
import dimple.application.audit.AuditTrail;
import dimple.application.identity.Actor;
import dimple.application.identity.CurrentActor;
import dimple.application.shared.AccessRefused;
import dimple.application.shared.Check;
import dimple.application.shared.CurrentUser;
import dimple.application.shared.EventPublisher;
import dimple.application.shared.PageView;
import dimple.application.shared.Paging;
import dimple.application.shared.PublishesEvents;
import dimple.application.shared.RecordNotFound;
import dimple.application.shared.RequiresPermissions;
import dimple.application.shared.StaleRecord;
import dimple.application.shared.TooManyAttempts;
import dimple.domain.identity.Account;
import dimple.domain.identity.AccountRepository;
import dimple.domain.identity.Permission;
import dimple.domain.identity.Team;
import dimple.domain.identity.TeamRepository;
import dimple.domain.reporting.AnswerText;
import dimple.domain.reporting.BentRule;
import dimple.domain.reporting.BentRuleName;
import dimple.domain.reporting.BlameLanguage;
import dimple.domain.reporting.CategoryDefinition;
import dimple.domain.reporting.CategoryDefinitionRepository;
import dimple.domain.reporting.CustomField;
import dimple.domain.reporting.CustomFieldRepository;
import dimple.domain.reporting.CustomerImpact;
import dimple.domain.reporting.CustomerNote;
import dimple.domain.reporting.CustomerReference;
import dimple.domain.reporting.FollowUpQuestion;
import dimple.domain.reporting.Hint;
import dimple.domain.reporting.MistakeReport;
import dimple.domain.reporting.MistakeReportRepository;
import dimple.domain.reporting.Narrative;
import dimple.domain.reporting.QuestionText;
import dimple.domain.reporting.ReceiptCode;
import dimple.domain.reporting.ReceiptNumbers;
import dimple.domain.reporting.ReportKind;
import dimple.domain.reporting.ReportQuery;
import dimple.domain.reporting.ReportStatus;
import dimple.domain.reporting.ReportSubmitted;
import dimple.domain.reporting.ReporterMode;
import dimple.domain.reporting.Title;
import dimple.domain.reporting.ValueCreated;
import dimple.domain.reporting.WhyBent;
import dimple.domain.shared.Ids;
import dimple.domain.shared.Message;
import dimple.domain.shared.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Mistake reports: filing, reading, the team inbox, follow-up questions, withdrawing and wording hints.
 *
 * <p>Visibility: a report is visible to its reporter and to leaders of its team; to anyone else it
 * does not exist (404). Confidentiality: a confidential reporter's username and name go into no view
 * but the reporter's own, and what they do on the report is audited as
 * {@value AuditAction#CONFIDENTIAL_REPORTER}.
 *
 * <p>Filing a report publishes {@code ReportSubmitted}: the recovery context opens a case per affected
 * customer in the same transaction, and the learning context looks for a published lesson like it
 * after the commit (a repeat mistake, for the insights), so that search never runs while the receipt
 * counter is held; the team's leaders are told in the app. Asking and answering a question publish
 * {@code QuestionAsked} and {@code QuestionAnswered}: the reporter, and the leader who asked, are told.
 */
@ApplicationScoped
@Transactional
@PublishesEvents
public class ReportingService {
    /** At most this many affected customers in one report. */
    public static final int MAX_AFFECTED_CUSTOMERS = 50;
    /** A report filed again with the same title within this time is asked about first (named reports). */
    static final Duration SENT_AGAIN_WITHIN = Duration.ofMinutes(10);


    private MistakeReportRepository reports;
    private RecoveriesOfReports recoveries;
    private ReceiptNumbers receipts;
    private AccountRepository accounts;
    private TeamRepository teams;
    private CurrentUser currentUser;
    private CurrentActor actor;
    private AuditTrail audit;
    private EventPublisher events;
    private Clock clock;
    private ConfidentialityPolicy confidentiality;
    private CustomFieldRepository customFields;
    private CategoryDefinitionRepository categories;
    private InboxQueries inboxQueries;
    private ReceiptCodeGuesses receiptGuesses;

    protected ReportingService() {
    }

    @Inject
    public ReportingService(MistakeReportRepository reports, RecoveriesOfReports recoveries, ReceiptNumbers receipts,
                            AccountRepository accounts, TeamRepository teams, CurrentUser currentUser, CurrentActor actor, AuditTrail audit,
                            EventPublisher events, Clock clock, ConfidentialityPolicy confidentiality,
                            CustomFieldRepository customFields, CategoryDefinitionRepository categories, ReceiptCodeGuesses receiptGuesses) {
        this.categories = categories;
        this.receiptGuesses = receiptGuesses;
        this.confidentiality = confidentiality;
        this.customFields = customFields;
        this.events = events;
        this.reports = reports;
        this.recoveries = recoveries;
        this.receipts = receipts;
        this.accounts = accounts;
        this.teams = teams;
        this.currentUser = currentUser;
        this.actor = actor;
        this.audit = audit;
        this.clock = clock;
        this.inboxQueries = new InboxQueries(teams, customFields);
    }

    /**
     * Files a report with a recovery case per affected customer (opened by the recovery context), all in
     * this one transaction: either everything is stored, with a fresh receipt number, or nothing is.
     */
    @RequiresPermissions(Permission.REPORT_SUBMIT)
    public ReportView submit(SubmitReport command) {
        Account me = me();
        Instant now = clock.instant();
        Check check = Check.input();
        Title title = check.valid("title", Title::of, command.title());
        Narrative narrative = check.valid("narrative", Narrative::of, command.narrative());
        check.required("occurredAt", command.occurredAt(), "field.whenItHappened")
                .that(command.occurredAt() == null || !command.occurredAt().isAfter(now), "occurredAt", "input.report.occurredInFuture")
                .required("team", command.team(), "field.team")
                .required("kind", command.kind(), "field.kind")
                .required("customerImpact", command.customerImpact(), "field.customerImpact")
                .required("reporterMode", command.reporterMode(), "field.namedOrConfidential");
        ReportKind kind = check.known("kind", command.kind(), ReportKind.class, "field.kind");
        CustomerImpact impact = check.known("customerImpact", command.customerImpact(), CustomerImpact.class, "field.customerImpact");
        ReporterMode mode = check.known("reporterMode", command.reporterMode(), ReporterMode.class, "field.namedOrConfidential");
        Team team = ownTeam(check, me, command.team());
        SubmitReport.BentRuleInput bent = command.bentRule() == null || command.bentRule().isEmpty() ? null : command.bentRule();
        if (bent != null) {
            check.valid("bentRule.rule", BentRuleName::of, bent.rule());
            check.valid("bentRule.reason", WhyBent::of, bent.reason());
            check.valid("bentRule.valueCreated", ValueCreated::of, bent.valueCreated());
        }
        List<SubmitReport.AffectedCustomer> customers = command.affectedCustomers() == null ? List.of() : command.affectedCustomers();
        check.that(customers.size() <= MAX_AFFECTED_CUSTOMERS, "affectedCustomers", "input.report.tooManyCustomers", MAX_AFFECTED_CUSTOMERS);
        for (int i = 0; i < customers.size() && i < MAX_AFFECTED_CUSTOMERS; i++) {
            SubmitReport.AffectedCustomer customer = customers.get(i);
            String field = "affectedCustomers[" + i + "].";
            if (customer == null) {
                check.that(false, "affectedCustomers[" + i + "]", "input.report.customerEmpty");
                continue;
            }
            check.valid(field + "customerRef", CustomerReference::of, customer.customerRef());
            check.valid(field + "note", CustomerNote::of, customer.note());
            check.that(customer.followUpDue() == null || customer.followUpDue().isAfter(now), field + "followUpDue", "input.report.followUpInPast");
        }
        Map<String, String> answers = team == null ? Map.of() : answers(check, team, command.customFields());
        check.orRefuse();

        List<ReportSubmitted.AffectedCustomer> affected = customers.stream().map(c -> new ReportSubmitted.AffectedCustomer(c.customerRef(),
                Boolean.TRUE.equals(c.proactive()), c.note(), Boolean.TRUE.equals(c.thankBystanders()), c.followUpDue())).toList();
        // An anonymous report forgets who filed it here: it keeps only the hash of the code shown once below.
        ReceiptCode code = mode == ReporterMode.ANONYMOUS ? ReceiptCode.issue() : null;
        MistakeReport.Reporter reporter = code == null ? new MistakeReport.Reporter(me.id(), team.id(), mode)
                : MistakeReport.Reporter.anonymous(team.id(), code);
        MistakeReport report = MistakeReport.submit(receipts.nextFor(now, mode), now, reporter,
                command.title(), command.narrative(), command.occurredAt(), kind, impact,
                bent == null ? null : BentRule.of(bent.rule(), bent.reason(), bent.valueCreated()), affected);
        report.answerCustomFields(answers);
        reports.save(report);
        events.publish(report.takeEvents());
        // A confidential report's line names no team: with the day, the team could narrow the reporter down. An
        // anonymous one's is a confidential line too: whoever filed it is never named.
        String detail = (report.isConfidential() ? "" : "team=" + team.name() + ", ") + "kind=" + kind + ", impact=" + impact + ", mode=" + mode
                + ", affected customers=" + affected.size() + (bent == null ? "" : ", bent rule");
        if (report.isAnonymous()) {
            audit.recordConfidential(AuditAction.REPORT_SUBMITTED, report.number(), detail);
        } else {
            audit(report, me, AuditAction.REPORT_SUBMITTED, detail);
        }
        ReportView view = inTheOrderNamed(code == null ? view(report, me) : view(report, false, true), affected);
        view = withWarnings(view, mode.hidesReporter() ? smallTeamWarnings(team) : List.of());
        return code == null ? view : withReceiptCode(view, code.grouped());
    }

    /**
     * An anonymous report as its reporter sees it, opened with the receipt code they were shown once. Any code that
     * opens no anonymous report (mistyped, made up, of a confidential report) is {@code 404}, the same for every one.
     * Wrong codes are counted per signed-in person: after three in a row each further try waits twice as long
     * ({@link TooManyAttempts}), and a wait starting is audited, without any code (docs/adr/0050).
     */
    @RequiresPermissions(Permission.REPORT_READ_OWN)
    @Transactional(dontRollbackOn = RecordNotFound.class)
    public ReportView byReceipt(String receiptCode) {
        MistakeReport report = openedBy(receiptCode);
        return view(report, false, true);
    }

    /** The holder of an anonymous report's receipt code answers a question on it; audited as the confidential reporter's activity. */
    @RequiresPermissions(Permission.REPORT_READ_OWN)
    @Transactional(dontRollbackOn = RecordNotFound.class)
    public QuestionView answerByReceipt(String receiptCode, String questionId, String text) {
        MistakeReport report = openedBy(receiptCode);
        ReceiptCode code = ReceiptCode.typed(receiptCode).orElseThrow();
        FollowUpQuestion question = Optional.ofNullable(questionId).flatMap(report::question)
                .orElseThrow(() -> new RecordNotFound("question"));
        Check check = Check.input();
        check.valid("text", AnswerText::of, text);
        check.orRefuse();
        report.answer(code, question.id(), text, clock.instant());
        reports.save(report);
        events.publish(report.takeEvents());
        audit.recordConfidential(AuditAction.REPORT_QUESTION_ANSWERED, report.number(), null);
        return questionView(report, question, accountsById(List.of(question.askedByAccountId())));
    }

    /** The holder of an anonymous report's receipt code takes it back, before triage. */
    @RequiresPermissions(Permission.REPORT_READ_OWN)
    @Transactional(dontRollbackOn = RecordNotFound.class)
    public ReportView withdrawByReceipt(String receiptCode) {
        reports.lock(List.of(openedBy(receiptCode).id()));
        MistakeReport report = openedBy(receiptCode);
        report.withdraw(ReceiptCode.typed(receiptCode).orElseThrow(), clock.instant());
        reports.save(report);
        audit.recordConfidential(AuditAction.REPORT_WITHDRAWN, report.number(), null);
        return view(report, false, true);
    }

    /** Refuses (403) whoever may not open reports by receipt code; for the page that asks for one before any code is typed. */
    @RequiresPermissions(Permission.REPORT_READ_OWN)
    public void checkMayOpenByReceipt() {
        // the permission check is the whole answer
    }

    /** A missing code is input to correct (400), not a guess; any code given that opens nothing is a guess (404). */
    private MistakeReport openedBy(String typed) {
        Check.input().required("receiptCode", typed == null || typed.isBlank() ? null : typed, "field.receiptCode").orRefuse();
        Account me = me();
        Instant now = clock.instant();
        receiptGuesses.waitUntil(me.username(), now).ifPresent(until -> {
            throw new TooManyAttempts(until);
        });
        Optional<MistakeReport> report = ReceiptCode.typed(typed).flatMap(code -> reports.findByReceiptCodeHash(code.hash())
                .filter(r -> r.opensWith(code)));
        if (report.isEmpty()) {
            receiptGuesses.wrong(me.username(), now);
            throw new RecordNotFound("report");
        }
        return report.get();
    }

    /**
     * The answers to the team's active custom fields by field id, each checked by its field; problems are named
     * {@code customFields.<key>}. A key the team has no active field for is refused, so a typo is not lost silently.
     */
    private Map<String, String> answers(Check check, Team team, Map<String, List<String>> given) {
        Map<String, List<String>> byKey = given == null ? Map.of() : given;
        List<CustomField> active = customFields.ofTeam(team.id()).stream().filter(f -> !f.isRetired()).toList();
        Set<String> known = active.stream().map(CustomField::key).collect(Collectors.toSet());
        byKey.keySet().stream().filter(k -> !known.contains(k)).sorted()
                .forEach(k -> check.that(false, "customFields." + abbreviate(String.valueOf(k)), "input.customField.unknown", abbreviate(String.valueOf(k))));
        Map<String, String> answers = new java.util.LinkedHashMap<>();
        for (CustomField field : active) {
            String value = check.valid("customFields." + field.key(), text -> field.valueFrom(byKey.get(field.key())), null);
            if (value != null) {
                answers.put(field.id(), value);
            }
        }
        return answers;
    }

    /** A report's answers under their fields' labels, active fields in their order, then removed ones. */
    private List<CustomValueView> customValues(MistakeReport report) {
        Map<String, String> values = report.customValues();
        if (values.isEmpty()) {
            return List.of();
        }
        return customFields.findByIds(values.keySet()).stream()
                .sorted(java.util.Comparator.comparing(CustomField::isRetired).thenComparingInt(CustomField::position))
                .map(f -> new CustomValueView(f.key(), f.label(), f.type().name(), CustomValueView.valueOf(f.type().name(), values.get(f.id())),
                        f.isRetired()))
                .toList();
    }

    /**
     * The receipt of a report this person filed a moment ago with the same title and that still awaits
     * triage ({@link MistakeReport#looksSentAgain}), so that the form can ask before filing it twice.
     * Only the person's own reports are looked at.
     */
    @RequiresPermissions(Permission.REPORT_SUBMIT)
    public Optional<String> filedAMomentAgo(String title) {
        if (title == null || title.isBlank()) {
            return Optional.empty();
        }
        Account me = me();
        Instant now = clock.instant();
        // Since the start of the day (a confidential report keeps only that) or the window, whichever is earlier.
        Instant dayStart = now.truncatedTo(java.time.temporal.ChronoUnit.DAYS);
        Instant windowStart = now.minus(SENT_AGAIN_WITHIN);
        return reports.awaitingTriageReportedBySince(me.id(), windowStart.isBefore(dayStart) ? windowStart : dayStart).stream()
                .filter(r -> r.looksSentAgain(title, now, SENT_AGAIN_WITHIN))
                .max(java.util.Comparator.comparing(MistakeReport::submittedAt)).map(MistakeReport::number);
    }

    /**
     * What the form should tell someone about to file a confidential report for this team: a plain
     * warning when the team has fewer people than {@link ConfidentialityPolicy#minTeamSize()}. The caller
     * belongs to the team; nobody learns a team's size from this beyond "small".
     */
    @RequiresPermissions(Permission.REPORT_SUBMIT)
    public List<WarningView> confidentialityWarnings(String teamName) {
        Account me = me();
        if (teamName == null || teamName.isBlank()) {
            return List.of();
        }
        return teams.findByName(teamName.strip()).filter(t -> me.isMemberOf(t.id())).map(this::smallTeamWarnings).orElse(List.of());
    }

    private List<WarningView> smallTeamWarnings(Team team) {
        if (accounts.countMembers(team.id()) >= confidentiality.minTeamSize()) {
            return List.of();
        }
        return List.of(new WarningView(WarningView.SMALL_TEAM, Message.of("warning.smallTeam", confidentiality.minTeamSize())));
    }

    /** The cases just opened, in the order the reporter named their customers. */
    private static ReportView inTheOrderNamed(ReportView v, List<ReportSubmitted.AffectedCustomer> named) {
        List<String> refs = named.stream().map(c -> c.customerRef().strip()).toList();
        List<RecoveryView> ordered = v.recoveries().stream()
                .sorted(java.util.Comparator.comparingInt(c -> refs.indexOf(c.customerRef()))).toList();
        return new ReportView(v.id(), v.number(), v.submittedAt(), v.status(), v.title(), v.narrative(), v.occurredAt(), v.team(), v.kind(),
                v.customerImpact(), v.reporterMode(), v.reporter(), v.reporterName(), ordered, v.bentRule(), v.questions(), v.hints(),
                v.yours(), v.version(), v.warnings(), v.customFields(), v.receiptCode());
    }

    private static ReportView withWarnings(ReportView v, List<WarningView> warnings) {
        return new ReportView(v.id(), v.number(), v.submittedAt(), v.status(), v.title(), v.narrative(), v.occurredAt(), v.team(), v.kind(),
                v.customerImpact(), v.reporterMode(), v.reporter(), v.reporterName(), v.recoveries(), v.bentRule(), v.questions(), v.hints(),
                v.yours(), v.version(), warnings, v.customFields(), v.receiptCode());
    }

    private static ReportView withReceiptCode(ReportView v, String receiptCode) {
        return new ReportView(v.id(), v.number(), v.submittedAt(), v.status(), v.title(), v.narrative(), v.occurredAt(), v.team(), v.kind(),
                v.customerImpact(), v.reporterMode(), v.reporter(), v.reporterName(), v.recoveries(), v.bentRule(), v.questions(), v.hints(),
                v.yours(), v.version(), v.warnings(), v.customFields(), receiptCode);
    }

    /** One report, for its reporter and the leaders of its team. */
    @RequiresPermissions(Permission.SELF_USE)
    public ReportView find(String reportId) {
        Account me = me();
        MistakeReport report = visible(reportId, me);
        return view(report, me);
    }

    /** The reports the caller filed, named and confidential, newest first. */
    @RequiresPermissions(Permission.REPORT_READ_OWN)
    public PageView<ReportSummary> mine(Integer page, Integer size) {
        Account me = me();
        Page<MistakeReport> found = reports.reportedBy(me.id(), Paging.request(page, size));
        return summaries(found, me);
    }

    /** The inbox of the teams the caller leads (or one of them), filtered, newest first. */
    @RequiresPermissions(Permission.REPORT_READ_TEAM)
    public PageView<ReportSummary> inbox(InboxFilter filter, Integer page, Integer size) {
        Account me = me();
        Optional<ReportQuery> query = inboxQueries.query(me, filter);
        var request = Paging.request(page, size);
        if (query.isEmpty()) {
            return new PageView<>(List.of(), request.page(), request.size(), 0);
        }
        return summaries(reports.search(query.get(), request), me);
    }

    /** The reporter takes the report back, before triage. A leader who may see it is refused (403). */
    @RequiresPermissions(Permission.REPORT_READ_OWN)
    public ReportView withdraw(WithdrawReport command) {
        Account me = me();
        if (Ids.looksLikeId(command.reportId())) {
            // As triage locks a report it names as an original (ADR 21): never withdrawn from under a duplicate.
            reports.lock(List.of(command.reportId()));
        }
        MistakeReport report = visible(command.reportId(), me);
        if (!report.isReportedBy(me.id())) {
            throw new AccessRefused();
        }
        checkVersion(command.expectedVersion(), report.version());
        report.withdraw(me.id(), clock.instant());
        reports.save(report);
        audit(report, me, AuditAction.REPORT_WITHDRAWN, null);
        return view(report, me);
    }

    /** A leader of the report's team asks the reporter a question. */
    @RequiresPermissions(Permission.REPORT_ASK)
    public QuestionView ask(AskQuestion command) {
        Account me = me();
        MistakeReport report = visible(command.reportId(), me);
        if (!me.leads(report.teamId())) {
            throw new AccessRefused();
        }
        Check check = Check.input();
        check.valid("text", QuestionText::of, command.text());
        check.orRefuse();
        FollowUpQuestion question = report.ask(me.id(), command.text(), clock.instant());
        reports.save(report);
        events.publish(report.takeEvents());
        audit(report, me, AuditAction.REPORT_QUESTION_ASKED, null);
        return questionView(report, question, Map.of(me.id(), me));
    }

    /** The reporter answers a question on their report. */
    @RequiresPermissions(Permission.REPORT_READ_OWN)
    public QuestionView answer(AnswerQuestion command) {
        Account me = me();
        MistakeReport report = visible(command.reportId(), me);
        FollowUpQuestion question = Optional.ofNullable(command.questionId()).flatMap(report::question)
                .orElseThrow(() -> new RecordNotFound("question"));
        if (!report.isReportedBy(me.id())) {
            throw new AccessRefused();
        }
        Check check = Check.input();
        check.valid("text", AnswerText::of, command.text());
        check.orRefuse();
        report.answer(me.id(), question.id(), command.text(), clock.instant());
        reports.save(report);
        events.publish(report.takeEvents());
        audit(report, me, AuditAction.REPORT_QUESTION_ANSWERED, null);
        return questionView(report, question, accountsById(List.of(question.askedByAccountId())));
    }

    /** Blaming or hindsight words in a text being typed, with neutral suggestions. Never blocks anything. */
    @RequiresPermissions(Permission.REPORT_SUBMIT)
    public List<HintView> hints(String text) {
        Check.input().maxLength("narrative", text, MistakeReport.MAX_NARRATIVE, "field.whatHappened").orRefuse();
        return hintViews(BlameLanguage.hintsFor(text));
    }

    /** The teams the caller may file a report for, by name. */
    @RequiresPermissions(Permission.REPORT_SUBMIT)
    public List<String> teamsToReportFor() {
        Account me = me();
        return teams.findByIds(me.memberOf()).stream().map(Team::name).sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    /** Questions waiting for the caller's answer and reports waiting for triage in the teams they lead. */
    @RequiresPermissions(Permission.SELF_USE)
    public ReportingCounts counts() {
        Actor me = actor.require();
        long waiting = currentUser.isPermitted(Permission.REPORT_READ_OWN) ? reports.countUnansweredQuestionsFor(me.accountId()) : 0;
        long triage = currentUser.isPermitted(Permission.REPORT_READ_TEAM) && !me.teamsLed().isEmpty()
                ? reports.countInTeams(me.teamsLed(), ReportStatus.SUBMITTED) : 0;
        return new ReportingCounts(waiting, triage);
    }

    private MistakeReport visible(String reportId, Account me) {
        if (!Ids.looksLikeId(reportId)) {
            throw new RecordNotFound("report");
        }
        return reports.findById(reportId).filter(r -> r.isVisibleTo(me)).orElseThrow(() -> new RecordNotFound("report"));
    }

    private Team ownTeam(Check check, Account me, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        Optional<Team> team = teams.findByName(name.strip()).filter(t -> me.isMemberOf(t.id()));
        if (team.isEmpty()) {
            List<String> own = teams.findByIds(me.memberOf()).stream().map(Team::name).sorted().toList();
            check.that(false, "team", own.isEmpty() ? "input.report.noTeam" : "input.report.notYourTeam", String.join(", ", own));
        }
        return team.orElse(null);
    }

    private ReportView view(MistakeReport report, Account viewer) {
        return view(report, report.revealsReporterTo(viewer), report.isReportedBy(viewer.id()));
    }

    /**
     * @param reveal the view may name the reporter
     * @param yours the viewer filed it (for an anonymous report: holds its receipt code)
     */
    private ReportView view(MistakeReport report, boolean reveal, boolean yours) {
        Instant now = clock.instant();
        String teamName = teams.findById(report.teamId()).map(Team::name).orElse(null);
        Set<String> people = new HashSet<>();
        report.questions().forEach(q -> people.add(q.askedByAccountId()));
        boolean named = reveal && report.reporterAccountId() != null; // an anonymised report names nobody
        if (named) {
            people.add(report.reporterAccountId());
        }
        Map<String, Account> byId = accountsById(people);
        Account reporter = named ? byId.get(report.reporterAccountId()) : null;
        List<RecoveryView> recoveryViews = recoveries.of(report, teamName, now);
        ReportView.BentRuleView bent = report.bentRule()
                .map(b -> new ReportView.BentRuleView(b.rule(), b.reason(), b.valueCreated())).orElse(null);
        return new ReportView(report.id(), report.number(), report.submittedAt(), report.status().name(), report.title(), report.narrative(),
                report.occurredAt(), teamName, report.kind().name(), report.customerImpact().name(), report.reporterMode().name(),
                reporter == null ? null : reporter.username(), reporter == null ? null : reporter.displayName(), recoveryViews, bent,
                report.questions().stream().map(q -> questionView(report, q, byId)).toList(), hintViews(report.hints()),
                yours, report.version(), List.of(), customValues(report), null);
    }

    private PageView<ReportSummary> summaries(Page<MistakeReport> page, Account viewer) {
        Map<String, String> teamNames = teams.findAll().stream().collect(Collectors.toMap(Team::id, Team::name));
        Map<String, Account> reporters = accountsById(page.items().stream().filter(r -> r.revealsReporterTo(viewer))
                .map(MistakeReport::reporterAccountId).filter(Objects::nonNull).collect(Collectors.toSet()));
        Set<String> needingRecovery = CategoryDefinition.kindsNeedingRecoveryCase(categories.all());
        List<String> askedOfCustomers = page.items().stream().filter(r -> needingRecovery.contains(r.kind().name())).map(MistakeReport::id).toList();
        Map<String, Long> affected = askedOfCustomers.isEmpty() ? Map.of() : recoveries.affectedCustomers(askedOfCustomers);
        return Paging.view(page, r -> {
            Account reporter = r.revealsReporterTo(viewer) && r.reporterAccountId() != null ? reporters.get(r.reporterAccountId()) : null;
            boolean awaitingRecovery = askedOfCustomers.contains(r.id()) && !affected.containsKey(r.id())
                    && r.status() != ReportStatus.WITHDRAWN && r.status() != ReportStatus.DUPLICATE;
            return new ReportSummary(r.id(), r.number(), r.submittedAt(), r.status().name(), r.title(), r.occurredAt(),
                    teamNames.get(r.teamId()), r.kind().name(), r.customerImpact().name(), r.reporterMode().name(),
                    reporter == null ? null : reporter.username(), reporter == null ? null : reporter.displayName(),
                    r.unansweredQuestions(), r.bentRule().map(BentRule::rule).orElse(null), r.isReportedBy(viewer.id()), awaitingRecovery);
        });
    }

    private static QuestionView questionView(MistakeReport report, FollowUpQuestion q, Map<String, Account> people) {
        Account asker = people.get(q.askedByAccountId());
        return new QuestionView(q.id(), report.id(), q.askedAt(), asker == null ? null : asker.username(),
                asker == null ? null : asker.displayName(), q.text(), q.answer(), q.answeredAt());
    }

    private static List<HintView> hintViews(List<Hint> hints) {
        return hints.stream().map(h -> new HintView(h.phrase(), h.suggestion())).toList();
    }

    /**
     * Audits an action on a report: under the actor's name, or, for the reporter of a confidential
     * report, as that report's confidential activity (the day only, readable once the day is over).
     */
    private void audit(MistakeReport report, Account me, String action, String detail) {
        if (report.hidesIdentityOf(me)) {
            audit.recordConfidential(action, report.number(), detail);
        } else {
            audit.recordAs(me.username(), action, report.number(), detail);
        }
    }

    private static void checkVersion(Long expected, long actual) {
        if (expected != null && expected != actual) {
            throw new StaleRecord();
        }
    }

    private Map<String, Account> accountsById(Collection<String> ids) {
        return ids.isEmpty() ? Map.of() : accounts.findByIds(ids).stream().collect(Collectors.toMap(Account::id, Function.identity()));
    }

    private Account me() {
        return actor.account(accounts);
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    static String abbreviate(String text) {
        String stripped = text.strip();
        return stripped.length() > 40 ? stripped.substring(0, 40) + "…" : stripped;
    }
}
