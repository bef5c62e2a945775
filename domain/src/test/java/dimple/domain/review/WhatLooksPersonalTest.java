package dimple.domain.review;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.domain.identity.PersonName;
import dimple.domain.review.LooksPersonal.Kind;
import dimple.domain.shared.Message;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WhatLooksPersonalTest {
    private static final List<PersonName> PEOPLE = List.of(
            new PersonName("emma", "Emma Schulz"),
            new PersonName("j.okafor", "Jide Okafor"),
            new PersonName("mweber", "Mark Weber"),
            new PersonName("may", "May Li"),
            new PersonName("wmay", "Will May"),
            new PersonName("admin", "Administrator"),
            new PersonName("anne", "Anne-Marie von Bergen"));
    private static final List<String> REFERENCES = List.of("Order 4711-2026", "BK-88213", "#5550123");

    private static final WhatLooksPersonal NAMED = WhatLooksPersonal.of(PEOPLE, REFERENCES, false);
    private static final WhatLooksPersonal CONFIDENTIAL = WhatLooksPersonal.of(PEOPLE, REFERENCES, true);

    private static List<LooksPersonal> found(WhatLooksPersonal finder, String text) {
        return finder.in(List.of(new PublishedText("summary", Message.of("field.summary"), text)));
    }

    private static List<String> texts(WhatLooksPersonal finder, String text) {
        return found(finder, text).stream().map(LooksPersonal::text).toList();
    }

    // --- names ---

    @Test
    void aNameOfSomebodyInTheOrganisation_isFound_asAWholeWord_inAnyCase() {
        assertThat(found(NAMED, "Then emma and SCHULZ spoke to the customer."))
                .extracting(LooksPersonal::text, LooksPersonal::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("emma", Kind.PERSON_NAME), org.assertj.core.groups.Tuple.tuple("SCHULZ", Kind.PERSON_NAME));
    }

    @Test
    void aNameInsideALongerWord_isNotFound() {
        assertThat(found(NAMED, "The dilemma was the Schulzeit timetable and an emmaus mug.")).isEmpty();
    }

    @Test
    void aUsernameWithADot_isFound_andAPossessive_isFoundAsTheName() {
        assertThat(texts(NAMED, "Ask j.okafor; Okafor's note was right, and mweber agreed.")).containsExactly("j.okafor", "Okafor", "mweber");
    }

    @Test
    void eachPartOfADoubleBarrelledName_isFound_butNotItsParticle() {
        assertThat(texts(NAMED, "Marie checked it with Anne, then Bergen von the desk.")).containsExactly("Marie", "Anne", "Bergen");
    }

    @ParameterizedTest
    @ValueSource(strings = {"We may refund it.", "May the queue be shorter.", "It will help.", "Will they call back?",
            "Mark the parcel as urgent.", "The admin reset it.", "Open the Administrator page."})
    void aCommonWordThatIsAlsoAName_isNotFound_inAReviewOfNamedReports(String text) {
        assertThat(found(NAMED, text)).isEmpty();
    }

    @Test
    void aNamePartThatIsNotACommonWord_isFound_besideOneThatIs() {
        assertThat(texts(NAMED, "Mark Weber and May Li were on shift.")).containsExactly("Weber", "Li");
    }

    @Test
    void aNamePartWithDigits_isOneWord_notItsLetters() {
        WhatLooksPersonal finder = WhatLooksPersonal.of(List.of(new PersonName("out3f9a", "Quill out3f9a")), List.of(), false);
        assertThat(texts(finder, "The terminal timed out; out3f9a and quill saw it.")).containsExactly("out3f9a", "quill");
    }

    @Test
    void aSingleLetter_isNeverAName() {
        assertThat(WhatLooksPersonal.of(List.of(new PersonName("x", "J R")), List.of(), true).in(List.of(
                new PublishedText("summary", Message.of("field.summary"), "Shelf J, row R, item x.")))).isEmpty();
    }

    @Test
    void inAConfidentialReview_everyName_isOneThatMustNotBePublished() {
        assertThat(found(CONFIDENTIAL, "Emma called back.")).extracting(LooksPersonal::kind).containsExactly(Kind.NAME_NOT_TO_PUBLISH);
        assertThat(found(CONFIDENTIAL, "Emma called back.").get(0).acknowledgeable()).isFalse();
    }

    @Test
    void inAConfidentialReview_aCapitalisedCommonWordThatIsAName_isFound_aLowerCaseOneIsNot() {
        assertThat(texts(CONFIDENTIAL, "Will called and said we may refund; May agreed.")).containsExactly("Will", "May");
        assertThat(found(CONFIDENTIAL, "we will see, it may rain, mark it")).isEmpty();
    }

    @Test
    void inAConfidentialReview_aWholeNameOfCommonWords_isFound_asOne() {
        assertThat(texts(CONFIDENTIAL, "It was will  may who saw it.")).containsExactly("will  may");
    }

    @Test
    void theSameWordsGiveTheSameFinding_whoeverTheyName() {
        // A leader cannot tell the reporter's name from another member's: same kind, same text, same field.
        WhatLooksPersonal reporterIsEmma = WhatLooksPersonal.of(PEOPLE, List.of(), true);
        WhatLooksPersonal reporterIsJide = WhatLooksPersonal.of(List.of(PEOPLE.get(1), PEOPLE.get(0), PEOPLE.get(2)), List.of(), true);
        assertThat(found(reporterIsEmma, "Emma and Jide")).isEqualTo(found(reporterIsJide, "Emma and Jide"));
    }

    // --- e-mail addresses ---

    @Test
    void anEmailAddress_isFound_once_notAlsoAsTheNameInIt() {
        assertThat(found(NAMED, "Write to emma.schulz@example.org or Emma.Schulz@example.org.")).extracting(LooksPersonal::text, LooksPersonal::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("emma.schulz@example.org", Kind.EMAIL_ADDRESS));
    }

    @Test
    void anEmailAddressOfACustomer_isFound() {
        assertThat(found(NAMED, "The customer (k.nguyen+orders@mail.example.co.uk) complained."))
                .extracting(LooksPersonal::text).containsExactly("k.nguyen+orders@mail.example.co.uk");
    }

    @Test
    void anAtSignWithoutADomain_isNoEmailAddress() {
        assertThat(found(NAMED, "Meet @ the desk, 3 @ 12 EUR.")).isEmpty();
    }

    // --- phone numbers ---

    @ParameterizedTest
    @ValueSource(strings = {"+49 89 1234567", "+49 (0)89 123 456 78", "+1 (555) 123-4567", "0049 30 12345678", "089 1234567",
            "030/12345678", "0171-1234567", "(089) 12 34 56", "555-123-4567", "01711234567", "+44 20 7946 0958"})
    void aPhoneNumber_isFound(String number) {
        assertThat(found(NAMED, "Call back on " + number + ". Thanks")).extracting(LooksPersonal::text, LooksPersonal::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(number, Kind.PHONE_NUMBER));
    }

    @ParameterizedTest
    @ValueSource(strings = {"on 2026-12-07", "at 2026-12-07T10:15:30Z", "on 07.12.2026", "on 12/07/2026", "on 2026/12/07 at 10:15",
            "receipt R-2026-000123", "report MR-2026-0007", "for 1,234.56 EUR", "für 1.234,56 EUR", "EUR 12.50", "1.000.000 people",
            "in 2025-2026", "12345678 times", "between 08:00 and 17:30", "from 9 to 5", "rooms 101 and 102", "version 3.2.1",
            "07.12.2026 10:15", "around 15:30:00 on 07-12-26", "a 0.5 % rate", "the 24/7 desk"})
    void aDateTimeAmountOrReceiptNumber_isNoPhoneNumber(String text) {
        assertThat(found(NAMED, "It happened " + text + ".")).isEmpty();
    }

    // --- customer references ---

    @Test
    void aCustomerReferenceRecordedInTheLedger_isFound_wholeOrItsNumberPart_inAnyCase() {
        assertThat(found(NAMED, "Booking bk-88213 was lost; 4711-2026 too, like Order 4711-2026."))
                .extracting(LooksPersonal::text, LooksPersonal::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("bk-88213", Kind.CUSTOMER_REFERENCE),
                        org.assertj.core.groups.Tuple.tuple("4711-2026", Kind.CUSTOMER_REFERENCE),
                        org.assertj.core.groups.Tuple.tuple("Order 4711-2026", Kind.CUSTOMER_REFERENCE));
    }

    @Test
    void aReferenceThatLooksLikeAPhoneNumber_isFoundAsAReference() {
        assertThat(found(NAMED, "Ticket #5550123 and 5550123.")).extracting(LooksPersonal::text, LooksPersonal::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("#5550123", Kind.CUSTOMER_REFERENCE),
                        org.assertj.core.groups.Tuple.tuple("5550123", Kind.CUSTOMER_REFERENCE));
    }

    @Test
    void aNumberThatMerelyContainsAReference_isNotFound() {
        assertThat(found(NAMED, "Item BK-882134 and 47112026.")).isEmpty();
    }

    @Test
    void aShortReference_isFoundWhole_notByItsParts() {
        WhatLooksPersonal finder = WhatLooksPersonal.of(List.of(), List.of("A 12"), false);
        assertThat(texts(finder, "Table A 12, seat 12.")).containsExactly("A 12");
    }

    // --- the texts ---

    @Test
    void eachFinding_namesItsField_inTheOrderOfTheTexts() {
        List<LooksPersonal> found = NAMED.in(List.of(
                new PublishedText("title", Message.of("field.title"), "Late parcel"),
                new PublishedText("whatHappened", Message.of("field.whatHappened"), "Emma phoned 089 1234567."),
                new PublishedText("factors[0].whys[1]", Message.of("deid.field.factorWhy", 1, 2), "emma was alone")));
        assertThat(found).extracting(LooksPersonal::field, LooksPersonal::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("whatHappened", "Emma"),
                        org.assertj.core.groups.Tuple.tuple("whatHappened", "089 1234567"),
                        org.assertj.core.groups.Tuple.tuple("factors[0].whys[1]", "emma"));
    }

    @Test
    void aTextWithNothingPersonal_givesNothing() {
        assertThat(found(CONFIDENTIAL, "The label printer ran out of paper at 10:15 on 2026-12-07; the courier left 20 minutes early."))
                .isEmpty();
    }

    @Test
    void theSameNameTwiceInOneField_isFoundOnce() {
        assertThat(texts(NAMED, "Emma, and again emma.")).containsExactly("Emma");
    }
}
