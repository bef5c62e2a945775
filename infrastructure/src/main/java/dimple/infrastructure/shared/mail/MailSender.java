package dimple.infrastructure.shared.mail;

import dimple.application.identity.OrganisationTimeZone;
import dimple.application.shared.MailKind;
import dimple.application.shared.MailWords;
import dimple.infrastructure.shared.OutboxDelivery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends what waits in the queue (docs/adr/0030). For each due row: claim it in a transaction of its own
 * (a conditional update only one instance wins), send it with no transaction open, then mark it sent in
 * another. Rows waiting for a person's daily digest are sent together, one mail per person. A failure
 * keeps the kinds of error and sets the next try after a pause that doubles (30 s up to 1 h). Nothing
 * here logs an address, a fact or a recipient: only counts, row ids and kinds of error.
 *
 * <p>A crash between the server's answer and the commit of "sent" leaves the row claimed; once the claim
 * runs out ({@link #CLAIM}) the row is sent again, with the same {@code Message-ID}.
 */
@ApplicationScoped
public class MailSender {
    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());
    /** How long a claim holds: well beyond a send's timeouts. */
    static final Duration CLAIM = Duration.ofMinutes(5);

    /** Runs a step on the queue in a transaction of its own. */
    public interface Transactions {
        <T> T run(Function<OutgoingMessages, T> step);
    }

    private final String holder = UUID.randomUUID().toString();
    private Transactions transactions;
    private MailTransport transport;
    private WebhookTransport webhooks;
    private MailWords words;
    private MailSettings settings;
    private OrganisationTimeZone organisationZone;
    private Clock clock;

    protected MailSender() {
    }

    @Inject
    public MailSender(MailTransactions transactions, MailWords words, MailSettings settings, OrganisationTimeZone organisationZone, Clock clock) {
        this(transactions::run, settings.enabled() ? new SmtpTransport(settings) : null, WebhookTransport.http(), words, settings, organisationZone,
                clock);
    }

    /** @param transport null while mail is off (webhooks are sent all the same) */
    public MailSender(Transactions transactions, MailTransport transport, WebhookTransport webhooks, MailWords words, MailSettings settings,
                      OrganisationTimeZone organisationZone, Clock clock) {
        this.transactions = transactions;
        this.transport = transport;
        this.webhooks = webhooks;
        this.words = words;
        this.settings = settings;
        this.organisationZone = organisationZone;
        this.clock = clock;
    }

    /** Sends up to {@code max} due rows; returns how many this sender claimed. */
    public int sendDue(int max) {
        Instant now = clock.instant();
        List<String> due = transactions.run(q -> q.due(now, max));
        List<OutgoingMessage> mine = new ArrayList<>();
        for (String id : due) {
            transactions.run(q -> q.claim(id, holder, now, CLAIM) ? q.claimed(id, holder, now) : Optional.<OutgoingMessage>empty())
                    .ifPresent(mine::add);
        }
        Map<String, List<OutgoingMessage>> digests = new LinkedHashMap<>();
        for (OutgoingMessage message : mine) {
            if ("WEBHOOK".equals(message.channel())) {
                announce(message);
                continue;
            }
            if (transport == null) {
                transactions.run(q -> {
                    q.dropped(message.id(), holder, clock.instant());
                    return null;
                });
                continue;
            }
            if (message.digest()) {
                digests.computeIfAbsent(message.recipient(), r -> new ArrayList<>()).add(message);
            } else {
                send(message.recipient(), List.of(message), false);
            }
        }
        digests.forEach((recipient, messages) -> send(recipient, messages, true));
        return mine.size();
    }

    /** One announcement to one webhook; a webhook removed meanwhile drops it. */
    private void announce(OutgoingMessage message) {
        Optional<OutgoingMessages.Hook> hook = transactions.run(q -> q.hook(message.recipient()));
        if (hook.isEmpty()) {
            transactions.run(q -> {
                q.dropped(message.id(), holder, clock.instant());
                return null;
            });
            return;
        }
        OutgoingMessages.Hook h = hook.get();
        String link = message.link() == null || settings.linkBase() == null ? null : settings.linkBase() + message.link();
        String text = words.announcement(message.webhookEvent(), h.team(), message.facts());
        WebhookPayloads.Request request = WebhookPayloads.of(h.kind(), h.secret(), message.id(), message.webhookEvent(), h.team(), message.facts(),
                text, link, words.openLabel(), clock.instant());
        try {
            webhooks.post(h.url(), request.body(), request.headers());
        } catch (Exception e) {
            String kindsOfError = OutboxDelivery.kindsOf(e) + (e instanceof WebhookTransport.Refused r ? " (HTTP " + r.status() + ")" : "");
            LOG.log(Level.WARNING, () -> "A " + h.kind() + " webhook failed (" + kindsOfError + "); tried again later.");
            transactions.run(q -> {
                q.failed(message.id(), holder, kindsOfError, message.attempts(), clock.instant());
                return null;
            });
            return;
        }
        transactions.run(q -> {
            q.sent(message.id(), holder, clock.instant());
            return null;
        });
    }

    private void send(String accountId, List<OutgoingMessage> messages, boolean digest) {
        Optional<OutgoingMessages.Recipient> recipient = transactions.run(q -> q.recipient(accountId));
        if (recipient.isEmpty()) {
            transactions.run(q -> {
                messages.forEach(m -> q.dropped(m.id(), holder, clock.instant()));
                return null;
            });
            return;
        }
        String base = settings.linkBase();
        List<MailKind> kinds = messages.stream().map(OutgoingMessage::mailKind).distinct().toList();
        String token = transactions.run(q -> q.unsubscribeTokens().issue(accountId, kinds, clock.instant()));
        String unsubscribe = base + "unsubscribe?t=" + token;
        MailWords.Written written = words.write(messages.stream()
                        .map(m -> new MailWords.Item(m.mailKind(), m.facts(), m.link() == null ? base : base + m.link())).toList(),
                digest, unsubscribe, base + "account/mail.xhtml", readerOf(recipient.get()));
        String messageId = "<" + messages.get(0).id() + (digest ? ".digest" : "") + "@dimple.invalid>";
        try {
            transport.send(new MailTransport.Mail(messageId, recipient.get().address(), written.subject(), written.text(), written.html(), unsubscribe));
        } catch (Exception e) {
            String kindsOfError = OutboxDelivery.kindsOf(e);
            LOG.log(Level.WARNING, () -> "Sending " + messages.size() + " queued mail(s) failed (" + kindsOfError + "); tried again later.");
            transactions.run(q -> {
                messages.forEach(m -> q.failed(m.id(), holder, kindsOfError, m.attempts(), clock.instant()));
                return null;
            });
            return;
        }
        transactions.run(q -> {
            messages.forEach(m -> q.sent(m.id(), holder, clock.instant()));
            return null;
        });
    }

    /** The recipient's chosen language (none: Dimple's default) and time zone (none or one no longer known: the organisation's). */
    private MailWords.Reader readerOf(OutgoingMessages.Recipient recipient) {
        Locale language = recipient.language() == null ? null : Locale.forLanguageTag(recipient.language());
        return new MailWords.Reader(language, organisationZone.orChosen(recipient.timeZone()));
    }
}
