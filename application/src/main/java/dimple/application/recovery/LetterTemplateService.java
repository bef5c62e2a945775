package dimple.application.recovery;

import dimple.application.audit.AuditAction;
import dimple.application.audit.AuditTrail;
import dimple.application.shared.Check;
import dimple.application.shared.RecordNotFound;
import dimple.application.shared.RequiresPermissions;
import dimple.domain.identity.Permission;
import dimple.domain.recovery.LetterTemplate;
import dimple.domain.recovery.LetterTemplateRepository;
import dimple.domain.shared.Ids;
import dimple.domain.shared.Message;
import dimple.domain.shared.TextRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * The letter templates administrators keep (docs/adr/0049-customer-follow-up-letter.md): list, add, reword, retire.
 * Each change is audited by the template's name; a retired template stays for the steps that name it.
 */
@ApplicationScoped
@Transactional
public class LetterTemplateService {
    private LetterTemplateRepository templates;
    private AuditTrail audit;
    private Clock clock;

    protected LetterTemplateService() {
    }

    @Inject
    public LetterTemplateService(LetterTemplateRepository templates, AuditTrail audit, Clock clock) {
        this.templates = templates;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every template, the ones in use first, by language and name. */
    @RequiresPermissions(Permission.LETTER_DEFINE)
    public List<LetterTemplateView> all() {
        List<LetterTemplate> all = templates.all();
        return java.util.stream.Stream.concat(all.stream().filter(t -> !t.isRetired()), all.stream().filter(LetterTemplate::isRetired))
                .map(LetterTemplateService::view).toList();
    }

    @RequiresPermissions(Permission.LETTER_DEFINE)
    public LetterTemplateView define(DescribeLetterTemplate command) {
        LetterTemplate template = described(() -> LetterTemplate.define(command.name(), command.language(), command.subject(), command.body(),
                clock.instant()));
        templates.save(template);
        audit.record(AuditAction.LETTER_TEMPLATE_CHANGED, template.name(), "defined (" + template.language() + ")");
        return view(template);
    }

    @RequiresPermissions(Permission.LETTER_DEFINE)
    public LetterTemplateView revise(DescribeLetterTemplate command) {
        LetterTemplate template = find(command.templateId());
        described(() -> {
            template.revise(command.name(), command.language(), command.subject(), command.body());
            return template;
        });
        templates.save(template);
        audit.record(AuditAction.LETTER_TEMPLATE_CHANGED, template.name(), "revised (" + template.language() + ")");
        return view(template);
    }

    @RequiresPermissions(Permission.LETTER_DEFINE)
    public LetterTemplateView retire(String templateId) {
        LetterTemplate template = find(templateId);
        template.retire(clock.instant());
        templates.save(template);
        audit.record(AuditAction.LETTER_TEMPLATE_CHANGED, template.name(), "retired");
        return view(template);
    }

    private LetterTemplate find(String templateId) {
        if (!Ids.looksLikeId(templateId)) {
            throw new RecordNotFound("letterTemplate");
        }
        return templates.findById(templateId).orElseThrow(() -> new RecordNotFound("letterTemplate"));
    }

    static LetterTemplateView view(LetterTemplate t) {
        return new LetterTemplateView(t.id(), t.name(), t.language(), t.subject(), t.body(), t.isRetired(), t.version());
    }

    /** Runs a change that checks the template's words; a refusal becomes a problem of the field it concerns. */
    private static LetterTemplate described(Supplier<LetterTemplate> change) {
        try {
            return change.get();
        } catch (TextRefused refused) {
            Message problem = refused.problem();
            String named = problem.args().isEmpty() || !(problem.args().get(0) instanceof Message label) ? "" : label.code();
            String field = problem.code().equals("input.letterTemplate.language") ? "language"
                    : named.equals("field.letterTemplate.name") ? "name" : named.equals("field.letterTemplate.subject") ? "subject" : "body";
            Check.input().problems(field, List.of(refused.problem())).orRefuse();
            throw refused;
        }
    }
}
