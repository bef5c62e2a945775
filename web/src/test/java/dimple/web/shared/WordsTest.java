package dimple.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.application.shared.FieldProblem;
import dimple.application.shared.InvalidInput;
import dimple.application.shared.RecordNotFound;
import dimple.application.shared.Refusal;
import dimple.domain.coaching.RetentionIsLimited;
import dimple.domain.identity.AdministratorsReadNoRecords;
import dimple.domain.identity.Team;
import dimple.domain.learning.LessonStatus;
import dimple.domain.recovery.RecoveryCannotGoBack;
import dimple.domain.recovery.RecoveryStatus;
import dimple.domain.reporting.ReportCannotBeWithdrawn;
import dimple.domain.reporting.ReportStatus;
import dimple.domain.review.ApprovalNeedsAFactorAndAnAction;
import dimple.domain.review.ReviewCannotMove;
import dimple.domain.review.ReviewStatus;
import dimple.domain.review.ReviewText;
import dimple.domain.shared.Message;
import dimple.web.SourceLiterals;
import dimple.web.SourceLiterals.Literal;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The message bundles (ADR 20): every code the code and the pages use has English words, the English
 * words people read are the ones they read before codes existed, and a language whose bundle lacks a
 * key falls back to English.
 */
class WordsTest {
    /** Literals that are message codes: a known family, then dotted names; a prefix (of a LabelSet, or ending in a dot) names a family of keys. */
    private static final Pattern CODE = Pattern.compile("^(rule|input|field|refusal|record|password|api|request|label|export)\\.[A-Za-z0-9_.]*$");
    private static final Pattern RECORD_KIND = Pattern.compile("new RecordNotFound\\(\"(\\w+)\"\\)");
    private static final Pattern LABEL_SET = Pattern.compile("LabelSet\\.of\\(\"([\\w.]+)\",((?:\\s*\"\\w+\",?)+)\\)");
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([^']+)'\\]|msg\\.([A-Za-z_]\\w*)|words\\.(?:with|both)\\('([^']+)'");
    private static final Pattern PAGE_COUNT_KEY = Pattern.compile("words\\.count\\('([^']+)'");

    private static Set<String> english() throws IOException {
        Properties keys = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/dimple/web/messages.properties"))) {
            keys.load(in);
        }
        return keys.stringPropertyNames();
    }

    private static Path[] mainCode() {
        return new Path[] {Path.of("../domain/src/main/java"), Path.of("../application/src/main/java"), Path.of("../infrastructure/src/main/java"),
            Path.of("src/main/java")};
    }

    @Test
    void everyCodeInTheCode_hasEnglishWords() throws IOException {
        Set<String> keys = english();
        List<String> missing = new ArrayList<>();
        for (Literal literal : SourceLiterals.under(mainCode())) {
            String text = literal.text();
            if (!CODE.matcher(text).matches()) {
                continue;
            }
            String prefix = text.endsWith(".") ? text : text + ".";
            boolean known = keys.contains(text) || keys.stream().anyMatch(k -> k.startsWith(prefix));
            if (!known) {
                missing.add(literal.toString());
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyRecordKind_andEveryLabelOfALabelSet_hasEnglishWords() throws IOException {
        Set<String> keys = english();
        Set<String> missing = new TreeSet<>();
        for (Path root : mainCode()) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String src = Files.readString(file);
                    Matcher kinds = RECORD_KIND.matcher(src);
                    while (kinds.find()) {
                        missing.add("record." + kinds.group(1));
                    }
                    Matcher sets = LABEL_SET.matcher(src);
                    while (sets.find()) {
                        for (String name : sets.group(2).replaceAll("[\\s\"]", "").split(",")) {
                            missing.add(sets.group(1) + "." + name);
                        }
                    }
                }
            }
        }
        assertThat(missing).as("LabelSet and RecordNotFound keys were found").hasSizeGreaterThan(100);
        missing.removeAll(keys);
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKeyOnThePages_hasEnglishWords() throws IOException {
        Set<String> keys = english();
        List<String> missing = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                String markup = Files.readString(page);
                Matcher used = PAGE_KEY.matcher(markup);
                while (used.find()) {
                    String key = used.group(1) != null ? used.group(1) : used.group(2) != null ? used.group(2) : used.group(3);
                    if (!keys.contains(key)) {
                        missing.add(page + ": " + key);
                    }
                }
                Matcher counted = PAGE_COUNT_KEY.matcher(markup);
                while (counted.find()) {
                    for (String key : List.of(counted.group(1) + ".one", counted.group(1) + ".other")) {
                        if (!keys.contains(key)) {
                            missing.add(page + ": " + key);
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void codesMadeFromEnumerations_haveEnglishWordsForEveryValue() throws IOException {
        Set<String> keys = english();
        for (LessonStatus status : LessonStatus.values()) {
            assertThat(keys).contains("rule.lessonCannotMove.already." + status.name());
        }
        for (ReviewText text : ReviewText.values()) {
            assertThat(keys).contains(text.label());
        }
    }

    @Test
    void everyKindOfNotification_hasEnglishWords() throws IOException {
        Set<String> keys = english();
        for (dimple.domain.learning.NotificationKind kind : dimple.domain.learning.NotificationKind.values()) {
            assertThat(keys).contains("notification." + kind.name());
        }
        assertThat(keys).contains("notification.REPORT_SUBMITTED.CONFIDENTIAL");
    }

    @Test
    void aCount_readsInTheSingularForOne_andThePluralOtherwise() {
        assertThat(Words.text(Locale.ENGLISH, "dashboard.questionsWaiting.one", 1L)).isEqualTo("1 question waiting for your answer");
        assertThat(Words.text(Locale.ENGLISH, "dashboard.questionsWaiting.other", 3L)).isEqualTo("3 questions waiting for your answer");
        assertThat(Words.text(Locale.ENGLISH, "notifications.unread.other", 12L)).isEqualTo("12 unread notifications");
    }

    @Test
    void everyPatternWithArguments_isAValidMessageFormat_withItsQuotesDoubled() throws IOException {
        ResourceBundle bundle = Words.bundle(Locale.ENGLISH);
        for (String key : english()) {
            String text = bundle.getString(key);
            if (text.matches("(?s).*\\{\\d.*")) {
                assertThat(text.replace("''", "")).as(key).doesNotContain("'");
                assertThat(new MessageFormat(text, Locale.ENGLISH).format(new Object[] {"a", "b", "c", "d", "e", "f"})).as(key).doesNotContain("{");
            }
        }
    }

    @Test
    void refusals_readAsTheyDidBeforeTheyHadCodes() {
        assertThat(english(new ReviewCannotMove(ReviewStatus.IN_REVIEW, ReviewStatus.PUBLISHED).message()))
                .isEqualTo("A review cannot go from IN_REVIEW to PUBLISHED.");
        assertThat(english(new ReviewCannotMove(ReviewStatus.APPROVED, ReviewStatus.APPROVED).message())).isEqualTo("The review is APPROVED already.");
        assertThat(english(new ApprovalNeedsAFactorAndAnAction(true, true).message())).isEqualTo(
                "Before approval: name at least one contributing factor, and plan at least one action item or say why no action is needed.");
        assertThat(english(new ApprovalNeedsAFactorAndAnAction(false, true).message()))
                .isEqualTo("Before approval, plan at least one action item or say why no action is needed.");
        assertThat(english(new ReportCannotBeWithdrawn(ReportStatus.NOTED).message()))
                .isEqualTo("This report has been triaged already (NOTED) and can no longer be withdrawn.");
        assertThat(english(new RecoveryCannotGoBack(RecoveryStatus.FOLLOWED_UP, RecoveryStatus.CONTACTED).message()))
                .isEqualTo("This recovery is FOLLOWED_UP already; it can only move forward, not to CONTACTED.");
        assertThat(english(new RetentionIsLimited().message())).isEqualTo("A coaching record is kept at most 10 years after the conversation.");
        assertThat(english(new AdministratorsReadNoRecords().message())).isEqualTo("An administrator cannot also be a leader or HR: whoever "
                + "manages accounts must not be able to read reports or coaching records. Give that person a second account for it.");
        assertThat(english(Message.of("rule.teamNameInvalid.tooLong", Team.MAX_NAME_LENGTH))).isEqualTo("A team name has at most 80 characters.");
        assertThat(english(new RecordNotFound("bentRule").message())).isEqualTo("No such bent rule.");
        assertThat(english(Refusal.of(new InvalidInput(List.of(FieldProblem.of("a", "input.fromAfterTo"), FieldProblem.of("b", "input.fromAfterTo"))))
                .orElseThrow().message())).isEqualTo("Please correct the 2 marked fields.");
        assertThat(english(Message.of("input.maxLength", Message.of("field.whatHappened"), 10000, 12345)))
                .as("numbers as plain digits").isEqualTo("What happened has at most 10000 characters; this is 12345. Nothing was cut: shorten it to send it.");
        assertThat(english(Message.of("request.bodyTooLarge", ApiBodyLimitFilter.MAX_BYTES))).isEqualTo("The request body is larger than 1048576 bytes.");
        assertThat(english(Message.of("input.username.unknown", "eve"))).isEqualTo("Nobody has the username \u201Ceve\u201D.");
    }

    @Test
    void theCoachingExportsWords_readAsTheFilesDidBefore_pageNumbersAsPlainDigits() {
        assertThat(Words.text(Locale.ENGLISH, "export.coaching.pdf.heading", Words.text(Locale.ENGLISH, "export.coaching.title")))
                .isEqualTo("Coaching records \u2014 restricted");
        assertThat(Words.text(Locale.ENGLISH, "export.coaching.pdf.page", 1000, "#")).isEqualTo("Page 1000 of #");
        assertThat(Words.text(Locale.ENGLISH, "export.coaching.pdf.record", "Front Desk", "Lena Leader", "lena", "emma"))
                .isEqualTo("Team Front Desk \u00b7 coach Lena Leader (lena) \u00b7 employee emma");
        assertThat(Words.text(Locale.ENGLISH, "export.coaching.filter.team", "Front Desk")
                + Words.text(Locale.ENGLISH, "export.coaching.filter.separator") + Words.text(Locale.ENGLISH, "export.coaching.filter.anyState"))
                .as("the filter line's parts, the spaces around the dot kept").isEqualTo("Team: Front Desk \u00b7 State: any");
        assertThat(Words.text(Locale.FRENCH, "export.coaching.column.id")).as("a language without the word").isEqualTo("Record id");
        assertThat(Words.text(Locale.GERMAN, "export.coaching.column.id")).isEqualTo("Id der Notiz");
        assertThat(Words.text(Locale.ENGLISH, "export.coaching.column.inZone", "Shared at", "UTC")).isEqualTo("Shared at (UTC)");
    }

    @Test
    void aLanguageWithoutTheKey_fallsBackToEnglish_andAnUnknownCodeShowsItself() {
        assertThat(Words.render(Message.of("refusal.notAllowed"), Locale.FRENCH)).isEqualTo("You are not allowed to do this.");
        assertThat(Words.render(Message.of("input.required", Message.of("field.title")), Locale.forLanguageTag("fr-CH"))).isEqualTo("Title is required.");
        assertThat(Words.render(Message.of("input.required", Message.of("field.title")), Locale.forLanguageTag("de-CH"))).isEqualTo("Titel wird benötigt.");
        assertThat(Words.text(Locale.ENGLISH, "no.such.code")).isEqualTo("no.such.code");
    }

    @Test
    void theLanguageOfAnApiCall_isItsAcceptLanguage_andEnglishWithoutOne() {
        assertThat(Words.of(null)).isEqualTo(Locale.ENGLISH);
    }

    private static String english(Message message) {
        return Words.render(message, Locale.ENGLISH);
    }
}
