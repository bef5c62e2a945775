package dimple.application.bootstrap;

import dimple.domain.identity.Account;
import dimple.domain.identity.Team;
import dimple.domain.recovery.ContactChannel;
import dimple.domain.recovery.RecoveryCase;
import dimple.domain.recovery.RecoveryCaseRepository;
import dimple.domain.recovery.RecoveryOutcome;
import dimple.domain.recovery.Remedy;
import dimple.domain.recovery.RemedyType;
import dimple.domain.reporting.BentRule;
import dimple.domain.reporting.BentRuleDecision;
import dimple.domain.reporting.BentRuleDecisionRepository;
import dimple.domain.reporting.CustomerImpact;
import dimple.domain.reporting.FollowUpQuestion;
import dimple.domain.reporting.MistakeReport;
import dimple.domain.reporting.MistakeReportRepository;
import dimple.domain.reporting.ReceiptNumbers;
import dimple.domain.reporting.ReportKind;
import dimple.domain.reporting.ReporterMode;
import dimple.domain.reporting.RuleDecision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * Sample reports for the demo organisation, so that every screen shows something: both teams,
 * named and confidential, several kinds, bent rules (one decided), questions answered and waiting,
 * and recoveries in every state, some overdue and some due soon. Times are relative to now.
 */
@ApplicationScoped
public class DemoReports {
    private MistakeReportRepository reports;
    private RecoveryCaseRepository recoveries;
    private ReceiptNumbers receipts;
    private BentRuleDecisionRepository decisions;

    protected DemoReports() {
    }

    @Inject
    public DemoReports(MistakeReportRepository reports, RecoveryCaseRepository recoveries, ReceiptNumbers receipts,
                       BentRuleDecisionRepository decisions) {
        this.reports = reports;
        this.recoveries = recoveries;
        this.receipts = receipts;
        this.decisions = decisions;
    }

    void seed(Account emma, Account eli, Account lena, Account leo, Team frontDesk, Team onlineOrders, Instant now) {
        // In the order they were submitted, so the receipt numbers count up with time.
        Instant t;

        t = now.minus(Duration.ofDays(8));
        MistakeReport wetFloor = report(t, emma, frontDesk, ReporterMode.NAMED, ReportKind.UNSAFE_CONDITION, CustomerImpact.NONE,
                "Wet floor at the entrance, no warning sign",
                "It rained all morning and the mat at the entrance was soaked through. The warning sign was in the storeroom "
                        + "and nobody on shift knew where the key was.", t.minus(Duration.ofHours(3)), null);
        wetFloor.withdraw(emma.id(), t.plus(Duration.ofHours(1)));
        reports.save(wetFloor);

        t = now.minus(Duration.ofDays(5));
        MistakeReport oldAddress = report(t, eli, onlineOrders, ReporterMode.NAMED, ReportKind.CUSTOMER_HARMED, CustomerImpact.SEVERE,
                "Parcel sent to the customer's old address",
                "The customer changed their address in the app an hour before the order was packed. The packing slip was "
                        + "printed from the nightly export, which still had the old address. I rerouted the second parcel "
                        + "with the carrier although the rule says no address changes after dispatch.",
                t.minus(Duration.ofHours(20)),
                BentRule.of("No address changes after dispatch", "The carrier could still reroute the parcel that day",
                        "The customer got the parcel a day late instead of never"));
        RecoveryCase first = open(oldAddress, "Order 100234", false, t, null);
        first.contact(t.plus(Duration.ofHours(1)), ContactChannel.PHONE, "Online Orders desk", "Apologised and explained the delay");
        first.deliverRemedy(Remedy.of(RemedyType.EXPEDITE, new BigDecimal("12.00"), "EUR"), t.plus(Duration.ofHours(3)), null);
        first.followUp(RecoveryOutcome.SATISFIED, t.plus(Duration.ofHours(40)), "Parcel arrived, customer fine");
        recoveries.save(first);
        RecoveryCase second = open(oldAddress, "Order 100241", false, t, null);
        second.contact(t.plus(Duration.ofHours(2)), ContactChannel.EMAIL, "Online Orders desk", null);
        second.deliverRemedy(Remedy.of(RemedyType.REPLACEMENT, new BigDecimal("49.90"), "EUR"), t.plus(Duration.ofHours(5)), null);
        second.followUp(RecoveryOutcome.DELIGHTED, t.plus(Duration.ofHours(30)), null);
        second.thankBystanders(t.plus(Duration.ofHours(31)), "Thanked the two customers whose chats waited");
        second.close(null, t.plus(Duration.ofHours(32)), null);
        recoveries.save(second);

        t = now.minus(Duration.ofDays(3));
        MistakeReport chargedTwice = report(t, emma, frontDesk, ReporterMode.NAMED, ReportKind.CUSTOMER_HARMED, CustomerImpact.MAJOR,
                "Guest charged twice for one night",
                "At check-out the card terminal timed out, so I ran the payment again. Both payments went through. "
                        + "The guest noticed on their banking app. I refunded the second payment in cash although the rule "
                        + "says refunds only with the original receipt, because the guest was leaving for the airport.",
                t.minus(Duration.ofHours(2)),
                BentRule.of("Refunds only with the original receipt", "The guest was leaving for the airport",
                        "The guest left calm and booked again for next month"));
        RecoveryCase guest = open(chargedTwice, "Booking 58213", false, t, null);
        guest.contact(t.plus(Duration.ofMinutes(30)), ContactChannel.IN_PERSON, "Front desk", "Apologised at the desk");
        recoveries.save(guest); // follow-up was due a day ago: overdue

        t = now.minus(Duration.ofHours(50));
        MistakeReport discount = report(t, eli, onlineOrders, ReporterMode.CONFIDENTIAL, ReportKind.NO_HARM, CustomerImpact.MINOR,
                "Discount code applied twice to one order",
                "A customer entered the welcome code, went back to the basket and entered it again. The checkout "
                        + "accepted both. We found it during the daily margin check.", t.minus(Duration.ofHours(5)), null);
        discount.ask(leo.id(), "Did the checkout show both discounts on the summary page?", t.plus(Duration.ofHours(4)));
        reports.save(discount);
        recoveries.save(open(discount, "Order 100377", true, t, null)); // overdue by two hours

        t = now.minus(Duration.ofHours(30));
        MistakeReport lateCheckout = report(t, emma, frontDesk, ReporterMode.CONFIDENTIAL, ReportKind.CUSTOMER_HARMED, CustomerImpact.MINOR,
                "Late check-out promise not passed on",
                "The night shift promised a late check-out to two guests. The note was on paper and did not reach the "
                        + "morning shift, so housekeeping knocked at 10:00. One guest also asked for a cash refund without "
                        + "the receipt, which had been lost.", t.minus(Duration.ofHours(6)),
                BentRule.of("refunds only with the ORIGINAL   receipt", "A regular guest had lost it", "Kept a regular guest"));
        FollowUpQuestion question = lateCheckout.ask(lena.id(), "Where do night-shift notes usually go?", t.plus(Duration.ofHours(3)));
        lateCheckout.answer(emma.id(), question.id(), "On the clipboard behind the desk; it was covered by the newspaper delivery.",
                t.plus(Duration.ofHours(5)));
        reports.save(lateCheckout);
        recoveries.save(open(lateCheckout, "Booking 58777", false, t, null)); // due in 18 hours: due soon
        RecoveryCase waived = RecoveryCase.open(lateCheckout.id(), frontDesk.id(), "Booking 58790", false,
                "The queue at the desk waited while we sorted it out", true, null, t);
        waived.deliverRemedy(Remedy.of(RemedyType.FEE_WAIVER, new BigDecimal("25.00"), "EUR"), t.plus(Duration.ofHours(2)),
                "Waived the late check-out fee");
        recoveries.save(waived);

        t = now.minus(Duration.ofDays(1));
        MistakeReport keyCard = report(t, emma, frontDesk, ReporterMode.CONFIDENTIAL, ReportKind.NEAR_MISS, CustomerImpact.NONE,
                "Key card encoded for the wrong room",
                "The encoder screen showed room 241 but the card opened 214. I noticed when I tested the card before "
                        + "handing it over.", t.minus(Duration.ofHours(1)), null);
        keyCard.ask(lena.id(), "Which encoder was it, the one on the left or on the right of the desk?", t.plus(Duration.ofHours(2)));
        reports.save(keyCard);

        t = now.minus(Duration.ofHours(20));
        MistakeReport refund = report(t, eli, onlineOrders, ReporterMode.CONFIDENTIAL, ReportKind.CUSTOMER_HARMED, CustomerImpact.MAJOR,
                "Refund promised in chat was never issued",
                "The customer was promised a refund in chat. Obviously it was human error: the refund form has two "
                        + "submit buttons and the first one only saves a draft.", t.minus(Duration.ofHours(30)),
                BentRule.of("Refunds only after the item is returned", "The customer's home had flooded", "Kept a loyal customer"));
        RecoveryCase ticket = open(refund, "Ticket 7781", false, t, null);
        ticket.contact(t.plus(Duration.ofHours(1)), ContactChannel.CHAT, "Online Orders desk", null);
        recoveries.save(ticket); // due in 28 hours: due soon

        t = now.minus(Duration.ofHours(6));
        report(t, lena, frontDesk, ReporterMode.NAMED, ReportKind.GOOD_CATCH, CustomerImpact.NONE,
                "Double booking caught before check-in",
                "Two bookings for room 118 came in through different channels. The morning check of the arrivals list caught it "
                        + "and the second guest was given an upgrade.", t.minus(Duration.ofHours(2)), null);

        decisions.save(BentRuleDecision.decide(onlineOrders.id(), "No address changes after dispatch", RuleDecision.CHANGE,
                "Allow rerouting while the carrier still can; ask the desk lead.", leo.id(), now.minus(Duration.ofDays(2))));
    }

    private MistakeReport report(Instant at, Account reporter, Team team, ReporterMode mode, ReportKind kind, CustomerImpact impact,
                                 String title, String narrative, Instant occurredAt, BentRule bentRule) {
        MistakeReport report = MistakeReport.submit(receipts.nextFor(at, mode), at, new MistakeReport.Reporter(reporter.id(), team.id(), mode),
                title, narrative, occurredAt, kind, impact, bentRule);
        reports.save(report);
        return report;
    }

    private static RecoveryCase open(MistakeReport report, String customerRef, boolean proactive, Instant at, String note) {
        return RecoveryCase.open(report.id(), report.teamId(), customerRef, proactive, note, false, null, at);
    }
}
