package dimple.application.recovery;

import dimple.application.audit.AuditAction;
import dimple.application.audit.AuditTrail;
import dimple.application.identity.Actor;
import dimple.application.identity.CurrentActor;
import dimple.application.reporting.RecoveryView;
import dimple.application.shared.AccessRefused;
import dimple.application.shared.Check;
import dimple.application.shared.CurrentUser;
import dimple.application.shared.PageView;
import dimple.application.shared.Paging;
import dimple.application.shared.RecordNotFound;
import dimple.application.shared.RequiresPermissions;
import dimple.application.shared.StaleRecord;
import dimple.domain.identity.Account;
import dimple.domain.identity.AccountRepository;
import dimple.domain.identity.Permission;
import dimple.domain.identity.Team;
import dimple.domain.identity.TeamRepository;
import dimple.domain.recovery.ByWhom;
import dimple.domain.recovery.ContactChannel;
import dimple.domain.recovery.LetterPlaceholder;
import dimple.domain.recovery.LetterTemplate;
import dimple.domain.recovery.LetterTemplateRepository;
import dimple.domain.recovery.LetterText;
import dimple.domain.recovery.RecoveryCase;
import dimple.domain.recovery.RecoveryCaseRepository;
import dimple.domain.recovery.RecoveryOutcome;
import dimple.domain.recovery.RecoveryQuery;
import dimple.domain.recovery.RecoveryStep;
import dimple.domain.recovery.Remedy;
import dimple.domain.recovery.RemedyType;
import dimple.domain.recovery.StepNote;
import dimple.domain.reporting.MistakeReport;
import dimple.domain.reporting.MistakeReportRepository;
import dimple.domain.shared.Ids;
import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The service-recovery ledger: what is due, one case, and recording its steps. A case is visible to
 * whoever may see its report (the reporter and the team's leaders); to anyone else it does not exist.
 * Steps the reporter of a confidential report records are audited without their name.
 */
@ApplicationScoped
@Transactional
public class RecoveryService {
    /** {@code due=} values of the "recoveries due" list. */
    public static final String OVERDUE = "overdue";
    public static final String SOON = "soon";
    public static final String ALL = "all";
    /** Every unsettled case, whenever its follow-up is due. */
    public static final String OPEN = "open";

    private RecoveryCaseRepository recoveries;
    private MistakeReportRepository reports;
    private AccountRepository accounts;
    private TeamRepository teams;
    private CurrentUser currentUser;
    private CurrentActor actor;
    private AuditTrail audit;
    private Clock clock;
    private LetterTemplateRepository letters;

    protected RecoveryService() {
    }

    @Inject
    public RecoveryService(RecoveryCaseRepository recoveries, MistakeReportRepository reports, AccountRepository accounts,
                           TeamRepository teams, CurrentUser currentUser, CurrentActor actor, AuditTrail audit, Clock clock,
                           LetterTemplateRepository letters) {
        this.recoveries = recoveries;
        this.reports = reports;
        this.accounts = accounts;
        this.teams = teams;
        this.currentUser = currentUser;
        this.actor = actor;
        this.audit = audit;
        this.clock = clock;
        this.letters = letters;
    }

    /**
     * Recoveries that need attention, the most urgent first: of the caller's own reports and of the
     * teams they lead. {@code due} is {@value #OVERDUE}, {@value #SOON} (within 48 hours) or
     * {@value #ALL} (both, the default), or {@value #OPEN} (every unsettled case, however far off its
     * follow-up); {@code team} narrows to one team the caller belongs to or leads.
     */
    @RequiresPermissions(Permission.RECOVERY_READ)
    public PageView<RecoveryView> due(String due, String team, Integer page, Integer size) {
        Account me = me();
        Instant now = clock.instant();
        String which = due == null || due.isBlank() ? ALL : due.strip().toLowerCase(Locale.ROOT);
        Check check = Check.input()
                .that(Set.of(OVERDUE, SOON, ALL, OPEN).contains(which), "due", "input.recovery.due")
                .maxLength("team", team, Team.MAX_NAME_LENGTH, "field.team");
        check.orRefuse();
        String teamId = null;
        if (team != null && !team.isBlank()) {
            Optional<Team> named = teams.findByName(team.strip()).filter(t -> me.isMemberOf(t.id()) || me.leads(t.id()));
            Check.input().that(named.isPresent(), "team", "input.team.notMember", abbreviate(team)).orRefuse();
            teamId = named.get().id();
        }
        PageRequest request = Paging.request(page, size);
        Instant soonEnd = now.plus(RecoveryCase.DUE_SOON);
        RecoveryQuery query = switch (which) {
            case OVERDUE -> new RecoveryQuery(me.id(), me.leadsTeams(), teamId, null, now);
            case SOON -> new RecoveryQuery(me.id(), me.leadsTeams(), teamId, now, soonEnd);
            case OPEN -> new RecoveryQuery(me.id(), me.leadsTeams(), teamId, null, null);
            default -> new RecoveryQuery(me.id(), me.leadsTeams(), teamId, null, soonEnd);
        };
        Page<RecoveryCase> found = recoveries.due(query, request);
        Map<String, MistakeReport> byId = reports.findByIds(found.items().stream().map(RecoveryCase::reportId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(MistakeReport::id, Function.identity()));
        Map<String, String> teamNames = teamNames();
        return Paging.view(found, c -> RecoveryViews.of(c, byId.get(c.reportId()), teamNames.get(c.teamId()), now));
    }

    /** How many recoveries are overdue and due soon for the caller (the dashboard badge); zero without the permission. */
    @RequiresPermissions(Permission.SELF_USE)
    public RecoveryCounts counts() {
        if (!currentUser.isPermitted(Permission.RECOVERY_READ)) {
            return new RecoveryCounts(0, 0);
        }
        Actor me = actor.require();
        Instant now = clock.instant();
        PageRequest one = PageRequest.first(1);
        long overdue = recoveries.due(new RecoveryQuery(me.accountId(), me.teamsLed(), null, null, now), one).total();
        long soon = recoveries.due(new RecoveryQuery(me.accountId(), me.teamsLed(), null, now, now.plus(RecoveryCase.DUE_SOON)), one).total();
        return new RecoveryCounts(overdue, soon);
    }

    /** One case, for the reporter of its report and the team's leaders. */
    @RequiresPermissions(Permission.SELF_USE)
    public RecoveryView find(String recoveryId) {
        Account me = me();
        Visible visible = visible(recoveryId, me);
        return view(visible);
    }

    /** Records a step; the case moves forward only. */
    @RequiresPermissions(Permission.RECOVERY_RECORD)
    public RecoveryView record(RecordRecoveryStep command) {
        Account me = me();
        Instant now = clock.instant();
        Visible visible = visible(command.recoveryId(), me);
        RecoveryCase recovery = visible.recovery();
        Check check = Check.input().required("step", command.step(), "field.step");
        RecoveryStep step = check.known("step", command.step(), RecoveryStep.class, "field.step");
        ContactChannel channel = check.known("channel", command.channel(), ContactChannel.class, "field.channel");
        RemedyType remedyType = check.known("remedy.type", command.remedyType(), RemedyType.class, "field.remedy");
        RecoveryOutcome outcome = check.known("outcome", command.outcome(), RecoveryOutcome.class, "field.outcome");
        // The reporter of a confidential report: only the day of the step is kept (docs/adr/0007).
        Instant given = command.at() == null ? now : command.at();
        Instant at = visible.report().hidesIdentityOf(me) ? visible.report().reporterTime(given) : given;
        check.that(!given.isAfter(now), "at", "input.report.occurredInFuture");
        check.valid("by", ByWhom::of, command.by());
        check.valid("note", StepNote::of, command.note());
        String currency = command.costCurrency() == null || command.costCurrency().isBlank() ? null : command.costCurrency().strip().toUpperCase(Locale.ROOT);
        if (step == RecoveryStep.REMEDY_DELIVERED) {
            check.required("remedy.type", command.remedyType(), "field.remedy");
            check.that(command.costAmount() == null || Remedy.isValidCost(command.costAmount()), "remedy.cost.amount", "input.recovery.costAmount", Remedy.MAX_COST.toPlainString());
            check.that(command.costAmount() == null || currency != null, "remedy.cost.currency", "input.recovery.costNeedsCurrency");
            check.that(currency == null || Remedy.isKnownCurrency(currency), "remedy.cost.currency", "input.recovery.currency");
            check.that(currency == null || command.costAmount() != null, "remedy.cost.amount", "input.recovery.costNeedsAmount");
        }
        if (step == RecoveryStep.FOLLOWED_UP) {
            check.required("outcome", command.outcome(), "field.outcome");
        }
        check.that(step != RecoveryStep.LETTER_SENT, "step", "input.recovery.letterSentByItsOwnCall");
        check.orRefuse();
        if (command.expectedVersion() != null && command.expectedVersion() != recovery.version()) {
            throw new StaleRecord();
        }
        switch (step) {
            case CONTACTED -> recovery.contact(at, channel, command.by(), command.note());
            case REMEDY_DELIVERED -> recovery.deliverRemedy(Remedy.of(remedyType, command.costAmount(),
                    command.costAmount() == null ? null : currency), at, command.note());
            case FOLLOWED_UP -> recovery.followUp(outcome, at, command.note());
            case CLOSED -> recovery.close(outcome, at, command.note());
            case BYSTANDERS_THANKED -> recovery.thankBystanders(at, command.note());
            case LETTER_SENT -> throw new IllegalStateException("refused above");
        }
        recoveries.save(recovery);
        auditStep(visible, me, "step=" + step + ", status=" + recovery.status());
        return view(visible);
    }

    /** The letter templates in use, to draft a letter from, by language and name. */
    @RequiresPermissions(Permission.RECOVERY_RECORD)
    public List<LetterTemplateView> letterTemplates() {
        return letters.all().stream().filter(t -> !t.isRetired()).map(LetterTemplateService::view).toList();
    }

    /**
     * A letter for the customer of a case, from a template in use: the template's words with the case's customer
     * reference, its remedy, its follow-up day, the caller's display name and the team's name put in. Nothing else of
     * the case or its report (title, narrative, reporter, notes) can reach it: a template names only those five values.
     */
    @RequiresPermissions(Permission.RECOVERY_RECORD)
    public LetterDraft draftLetter(String recoveryId, String templateId, LetterWords words) {
        Account me = me();
        Visible visible = visible(recoveryId, me);
        LetterTemplate template = letterTemplate(templateId);
        RecoveryCase recovery = visible.recovery();
        Map<LetterPlaceholder, String> values = new EnumMap<>(LetterPlaceholder.class);
        values.put(LetterPlaceholder.CUSTOMER_REFERENCE, recovery.customerRef() == null ? "" : recovery.customerRef());
        values.put(LetterPlaceholder.REMEDY, recovery.remedy().map(r -> words.remedy(r.type().name())).orElse(""));
        values.put(LetterPlaceholder.FOLLOW_UP_DATE, recovery.followUpDue() == null ? "" : words.day(recovery.followUpDue()));
        values.put(LetterPlaceholder.SIGNED_BY, me.displayName());
        values.put(LetterPlaceholder.TEAM_NAME, teams.findById(recovery.teamId()).map(Team::name).orElse(""));
        LetterText text = template.fill(values);
        return new LetterDraft(template.id(), template.name(), template.language(), text.subject(), text.body());
    }

    /**
     * Records that a letter drafted from a template went to the customer of a case: a {@code LETTER_SENT} step with the
     * channel and the template's name, never the words. Audited like any step (without the name of a confidential
     * report's reporter), with the channel and the template's name.
     */
    @RequiresPermissions(Permission.RECOVERY_RECORD)
    public RecoveryView markLetterSent(String recoveryId, String templateId, String channel) {
        Account me = me();
        Visible visible = visible(recoveryId, me);
        Check check = Check.input().required("channel", channel, "field.channel");
        ContactChannel how = check.known("channel", channel, ContactChannel.class, "field.channel");
        check.orRefuse();
        LetterTemplate template = letterTemplate(templateId);
        Instant now = clock.instant();
        Instant at = visible.report().hidesIdentityOf(me) ? visible.report().reporterTime(now) : now;
        RecoveryCase recovery = visible.recovery();
        recovery.recordLetterSent(how, template.name(), at);
        recoveries.save(recovery);
        auditStep(visible, me, "step=" + RecoveryStep.LETTER_SENT + ", channel=" + how + ", template=" + template.name());
        return view(visible);
    }

    /** A step recorded by a confidential report's own reporter is audited without their name (as they file it). */
    private void auditStep(Visible visible, Account me, String detail) {
        if (visible.report().hidesIdentityOf(me)) {
            audit.recordConfidential(AuditAction.RECOVERY_STEP_RECORDED, visible.report().number(), detail);
        } else {
            audit.recordAs(me.username(), AuditAction.RECOVERY_STEP_RECORDED, visible.report().number(), detail);
        }
    }

    private LetterTemplate letterTemplate(String templateId) {
        Check.input().required("templateId", templateId, "field.letterTemplate").orRefuse();
        Optional<LetterTemplate> template = Ids.looksLikeId(templateId) ? letters.findById(templateId).filter(t -> !t.isRetired()) : Optional.empty();
        Check.input().that(template.isPresent(), "templateId", "input.letterTemplate.unknown").orRefuse();
        return template.get();
    }

    private record Visible(RecoveryCase recovery, MistakeReport report) {
    }

    private Visible visible(String recoveryId, Account me) {
        if (!Ids.looksLikeId(recoveryId)) {
            throw new RecordNotFound("recovery");
        }
        RecoveryCase recovery = recoveries.findById(recoveryId).orElseThrow(() -> new RecordNotFound("recovery"));
        MistakeReport report = reports.findById(recovery.reportId()).filter(r -> r.isVisibleTo(me))
                .orElseThrow(() -> new RecordNotFound("recovery"));
        if (!report.isReportedBy(me.id()) && !currentUser.isPermitted(Permission.REPORT_READ_TEAM)) {
            throw new AccessRefused();
        }
        return new Visible(recovery, report);
    }

    private RecoveryView view(Visible visible) {
        String teamName = teams.findById(visible.recovery().teamId()).map(Team::name).orElse(null);
        return RecoveryViews.of(visible.recovery(), visible.report(), teamName, clock.instant());
    }

    private Account me() {
        return actor.account(accounts);
    }

    private Map<String, String> teamNames() {
        return teams.findAll().stream().collect(Collectors.toMap(Team::id, Team::name));
    }

    private static String abbreviate(String text) {
        String stripped = text.strip();
        return stripped.length() > 40 ? stripped.substring(0, 40) + "…" : stripped;
    }
}
