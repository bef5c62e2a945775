package dimple.domain.review;

import dimple.domain.identity.PersonName;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What in the texts of a lesson looks like personal data, before the review is published: names and
 * usernames of the people of the organisation, e-mail addresses, phone numbers, and the references of
 * the affected customers recorded in the review's recovery cases. Pure: it is given the names and the
 * references, and keeps nothing.
 *
 * <p>Names are matched as whole words, case-insensitively: a username, each part of a display name
 * with at least two letters, and a whole display name. A part that is also a common word ("May",
 * "Will", "Mark", "admin") is left out for a review of named reports. For a review covering a
 * confidential report every name is a {@link LooksPersonal.Kind#NAME_NOT_TO_PUBLISH} and a
 * common-word part counts when it is written with a capital letter: the same rule for everybody, so
 * that which names are refused tells nothing about who filed the report (ADR 48).
 *
 * <p>Phone numbers are digit groups of 7 to 15 digits that start like a number one dials ({@code +},
 * {@code 00}, a bracketed area code, a leading 0) or have the North American 3-3-4 shape; dates,
 * times, amounts and receipt numbers such as {@code R-2026-000123} are not.
 */
public final class WhatLooksPersonal {
    private static final Set<String> COMMON_WORDS = commonWords();
    /** A word, or a name part: letters and digits ("Anne-Marie" and "O'Brien" are two parts each; "out3f9a" is one). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*");
    private static final Pattern HANDLE = Pattern.compile("(?<![\\p{L}\\p{N}._-])[\\p{L}\\p{N}](?:[\\p{L}\\p{N}_]|[.-](?=[\\p{L}\\p{N}]))*");
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");
    private static final Pattern NOT_A_PHONE = Pattern.compile(String.join("|",
            // dates and times, ISO and local: 2026-12-07, 2026-12-07T10:15:30Z, 07.12.2026, 12/07/26, 10:15
            "\\d{4}-\\d{1,2}-\\d{1,2}(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?Z?)?",
            "\\d{4}/\\d{1,2}/\\d{1,2}",
            "(?<!\\d)\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}(?!\\d)",
            "(?<!\\d)\\d{1,2}:\\d{2}(?::\\d{2})?",
            // receipt and record numbers: R-2026-000123, MR-2026-0007
            "\\p{L}+-\\d[\\d-]*",
            // amounts: 1,234.56 · 1.234,56 · 12.50
            "(?<![\\d+])[1-9]\\d{0,2}(?:[.,]\\d{3})+(?:[.,]\\d{1,2})?(?!\\d)",
            "(?<![\\d+])\\d+[.,]\\d{1,2}(?![\\d.,])"));
    private static final Pattern PHONE = Pattern.compile("(?<![\\p{L}\\p{N}+])(?:\\+|\\(\\+?)?\\d[\\d()./ -]{5,}\\d(?![\\p{L}\\p{N}])");
    private static final Pattern NORTH_AMERICAN = Pattern.compile("\\d{3}[ .-]\\d{3}[ .-]\\d{4}");
    private static final Pattern REFERENCE_PART = Pattern.compile("[^\\s,;:]+");
    private static final int MIN_REFERENCE_PART = 4;

    private final boolean confidential;
    /** Lower-case name parts and usernames that are names in every case. */
    private final Set<String> names = new HashSet<>();
    /** Lower-case name parts that are also common words: names only when capitalised, and only in a confidential review. */
    private final Set<String> commonWordNames = new HashSet<>();
    /** Whole display names of which every part is a common word ("Will May"), to be matched as a phrase. */
    private final List<Pattern> commonWordFullNames = new ArrayList<>();
    private final List<Pattern> references = new ArrayList<>();

    private WhatLooksPersonal(Collection<PersonName> people, Collection<String> customerReferences, boolean confidential) {
        this.confidential = confidential;
        for (PersonName person : people) {
            addName(person.username().toLowerCase(Locale.ROOT));
            List<String> parts = new ArrayList<>();
            Matcher word = WORD.matcher(person.displayName());
            while (word.find()) {
                parts.add(word.group());
            }
            parts.forEach(p -> addName(p.toLowerCase(Locale.ROOT)));
            if (parts.size() > 1 && parts.stream().allMatch(p -> COMMON_WORDS.contains(p.toLowerCase(Locale.ROOT)))) {
                commonWordFullNames.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + String.join("\\s+", parts.stream().map(Pattern::quote).toList())
                        + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            }
        }
        for (String reference : customerReferences) {
            addReference(reference);
        }
    }

    /**
     * A finder for one review.
     *
     * @param people everybody of the organisation (enabled or not)
     * @param customerReferences the references recorded in the recovery cases of the reports the review covers
     * @param confidential whether the review covers a confidential report: then every name is refused outright
     */
    public static WhatLooksPersonal of(Collection<PersonName> people, Collection<String> customerReferences, boolean confidential) {
        return new WhatLooksPersonal(people, customerReferences, confidential);
    }

    /** What looks personal in the texts, in the order of the texts and of where it stands in each; each text found once per field. */
    public List<LooksPersonal> in(List<PublishedText> texts) {
        List<LooksPersonal> found = new ArrayList<>();
        for (PublishedText text : texts) {
            found.addAll(in(text));
        }
        return found;
    }

    private List<LooksPersonal> in(PublishedText where) {
        String text = where.text();
        List<Hit> hits = new ArrayList<>();
        collect(hits, EMAIL.matcher(text), LooksPersonal.Kind.EMAIL_ADDRESS, 0);
        for (Pattern reference : references) {
            collect(hits, reference.matcher(text), LooksPersonal.Kind.CUSTOMER_REFERENCE, 1);
        }
        phones(hits, text);
        LooksPersonal.Kind nameKind = confidential ? LooksPersonal.Kind.NAME_NOT_TO_PUBLISH : LooksPersonal.Kind.PERSON_NAME;
        if (confidential) {
            for (Pattern fullName : commonWordFullNames) {
                collect(hits, fullName.matcher(text), nameKind, 3);
            }
        }
        names(hits, WORD.matcher(text), nameKind);
        names(hits, HANDLE.matcher(text), nameKind);

        hits.sort(Comparator.comparingInt(Hit::rank).thenComparingInt(Hit::start).thenComparingInt(h -> -h.end()));
        List<Hit> kept = new ArrayList<>();
        for (Hit hit : hits) {
            if (kept.stream().noneMatch(k -> k.start() < hit.end() && hit.start() < k.end())) {
                kept.add(hit);
            }
        }
        kept.sort(Comparator.comparingInt(Hit::start));
        Map<String, LooksPersonal> once = new LinkedHashMap<>();
        for (Hit hit : kept) {
            String matched = text.substring(hit.start(), hit.end());
            once.putIfAbsent(hit.kind() + "\n" + matched.toLowerCase(Locale.ROOT), new LooksPersonal(where, matched, hit.kind()));
        }
        return List.copyOf(once.values());
    }

    private void names(List<Hit> hits, Matcher words, LooksPersonal.Kind kind) {
        while (words.find()) {
            String word = words.group();
            String key = word.toLowerCase(Locale.ROOT);
            boolean capitalised = Character.isUpperCase(word.codePointAt(0));
            if (names.contains(key) || confidential && capitalised && commonWordNames.contains(key)) {
                hits.add(new Hit(words.start(), words.end(), kind, 3));
            }
        }
    }

    private static void phones(List<Hit> hits, String text) {
        StringBuilder masked = new StringBuilder(text);
        Matcher notPhone = NOT_A_PHONE.matcher(text);
        while (notPhone.find()) {
            for (int i = notPhone.start(); i < notPhone.end(); i++) {
                masked.setCharAt(i, '~');
            }
        }
        Matcher phone = PHONE.matcher(masked);
        while (phone.find()) {
            if (looksDialled(phone.group())) {
                hits.add(new Hit(phone.start(), phone.end(), LooksPersonal.Kind.PHONE_NUMBER, 2));
            }
        }
    }

    private static boolean looksDialled(String candidate) {
        if (candidate.contains("  ")) {
            return false;
        }
        long digits = candidate.chars().filter(Character::isDigit).count();
        if (digits < 7 || digits > 15) {
            return false;
        }
        return candidate.startsWith("+") || candidate.startsWith("(") || candidate.startsWith("0")
                || NORTH_AMERICAN.matcher(candidate).matches();
    }

    private static void collect(List<Hit> hits, Matcher matcher, LooksPersonal.Kind kind, int rank) {
        while (matcher.find()) {
            hits.add(new Hit(matcher.start(), matcher.end(), kind, rank));
        }
    }

    private void addName(String part) {
        if (part.codePointCount(0, part.length()) < 2 || part.codePoints().noneMatch(Character::isLetter)) {
            return;
        }
        if (COMMON_WORDS.contains(part)) {
            commonWordNames.add(part);
        } else {
            names.add(part);
        }
    }

    /** The whole reference, and each part of it with a digit and at least four characters (the order number in "order 4711-22"). */
    private void addReference(String reference) {
        String whole = reference == null ? "" : reference.strip();
        if (whole.isEmpty()) {
            return;
        }
        references.add(wholeWord(whole));
        Matcher part = REFERENCE_PART.matcher(whole);
        while (part.find()) {
            String p = part.group().replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (!p.equals(whole) && p.length() >= MIN_REFERENCE_PART && p.chars().anyMatch(Character::isDigit)) {
                references.add(wholeWord(p));
            }
        }
    }

    private static Pattern wholeWord(String text) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(text) + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static Set<String> commonWords() {
        Set<String> words = new HashSet<>();
        try (InputStream in = WhatLooksPersonal.class.getResourceAsStream("common-words.txt");
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            lines.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(l -> words.add(l.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }

    /** A stretch of text that looks personal; a lower rank wins where two overlap (an e-mail address over the name in it). */
    private record Hit(int start, int end, LooksPersonal.Kind kind, int rank) {
    }
}
