package dimple.web.review;

import dimple.application.review.AddFactor;
import dimple.application.review.AddTimelineEntry;
import dimple.application.review.CorrectFactor;
import dimple.application.review.CorrectTimelineEntry;
import dimple.application.review.EditReview;
import dimple.application.review.HistoryEntryView;
import dimple.application.review.LessonLooksPersonal;
import dimple.application.review.MoveReview;
import dimple.application.review.PersonView;
import dimple.application.review.PersonalDataFinding;
import dimple.application.review.PlanAction;
import dimple.application.review.ReviewHint;
import dimple.application.review.ReviewService;
import dimple.application.review.ReviewView;
import dimple.application.review.ReviseAction;
import dimple.application.review.TakeOutOfReview;
import dimple.web.shared.Messages;
import dimple.web.shared.PagedTable;
import dimple.web.shared.Words;
import dimple.web.shared.ReaderSettings;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The review page: the state bar with its moves, and one tab at a time — the story and candour
 * statement, the timeline, the factors and whys, what went well, wrong and lucky, the actions, and
 * the history. Texts are saved with the version they were loaded with, so a change someone else made
 * meanwhile is refused with a "reload" message instead of being overwritten.
 *
 * <p>While the review is drafting, a timeline moment, a factor or an action is corrected in the same
 * form that adds one: its "Correct" link opens the tab with {@code edit=<id>}, which fills the form
 * with it. Taking a moment or a factor out is a confirm step of its own ({@code remove=<id>}): the
 * page asks, and only the button there takes it out. Both are plain links and buttons, so they work
 * with the keyboard alone and without scripts.
 */
@Named
@ViewScoped
public class ReviewEditor implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The rows of the table (review/view.xhtml, the history tab). */
    static final int ROWS = 20;
    public static final List<String> TABS = List.of("story", "timeline", "factors", "reflection", "actions", "history");

    @Inject
    ReaderSettings reader;

    @Inject
    ReviewService reviews;

    @Inject
    ReviewLabels labels;

    private String id;
    private String tab = "story";
    private ReviewView review;
    private PagedTable<HistoryEntryView> history;

    private String title;
    private String summary;
    private String takeaway;
    private String whatHappened;
    private String why;
    private String howFixed;
    private String facilitator;
    private String participants;
    private String tags;
    private String wentWell;
    private String wentWrong;
    private String gotLucky;
    private String noActionReason;

    private LocalDateTime entryAt;
    private String entryText;
    private String entryKind = "EVENT";

    private String factorCategory;
    private String factorDescription;
    private String factorWhys;

    private String actionTitle;
    private String actionType;
    private String actionOwner;
    private LocalDate actionDue;
    private String actionPriority = "MEDIUM";

    private String reason;

    /** The id of the timeline moment, factor or action being corrected (view parameter), or null. */
    private String edit;
    /** The id of the timeline moment or factor about to be taken out (view parameter), or null. */
    private String remove;
    /** Wording hints of the fields typed in since the page loaded, by the field's API name (replacing the saved text's hints). */
    private final Map<String, List<ReviewHint>> typedHints = new HashMap<>();
    /** The check box "I have checked these and they are not personal data". */
    private static final String ACKNOWLEDGE = "moveForm:acknowledge";
    private List<PersonalDataFinding> findings = List.of();
    private boolean acknowledged;

    /** What looked like personal data when publishing was last refused; empty until then. */
    public List<PersonalDataFinding> getFindings() {
        return findings;
    }

    /** Whether the leader may confirm the findings and publish anyway: none of them is a name that must not be published. */
    public boolean isFindingsAcknowledgeable() {
        return !findings.isEmpty() && findings.stream().allMatch(PersonalDataFinding::acknowledgeable);
    }

    public boolean isAcknowledged() {
        return acknowledged;
    }

    public void setAcknowledged(boolean acknowledged) {
        this.acknowledged = acknowledged;
    }

    /** f:viewAction */
    public void load() {
        review = reviews.find(id);
        if (!TABS.contains(tab)) {
            tab = "story";
        }
        title = review.title();
        summary = review.summary();
        takeaway = review.takeaway();
        whatHappened = review.whatHappened();
        why = review.why();
        howFixed = review.howFixed();
        facilitator = review.facilitator() == null ? null : label(review.facilitator());
        participants = String.join(", ", review.participants().stream().map(ReviewEditor::label).toList());
        tags = String.join(", ", review.tags());
        wentWell = review.wentWell();
        wentWrong = review.wentWrong();
        gotLucky = review.gotLucky();
        noActionReason = review.noActionReason();
        String reviewId = review.id();
        history = new PagedTable<>(ROWS, (page, size) -> reviews.history(reviewId, page, size));
        fillCorrection();
    }

    // --- corrections while drafting (issue 19) ---

    /** Fills the tab's form with the moment, factor or action named by {@code edit}; an unknown id is ignored. */
    private void fillCorrection() {
        if (edit == null || !review.mayCorrect()) {
            edit = null;
            return;
        }
        switch (tab) {
            case "timeline" -> review.timeline().stream().filter(e -> e.id().equals(edit)).findFirst().ifPresentOrElse(e -> {
                entryAt = reader.moment(e.at());
                entryText = e.text();
                entryKind = e.kind();
            }, () -> edit = null);
            case "factors" -> review.factors().stream().filter(f -> f.id().equals(edit)).findFirst().ifPresentOrElse(f -> {
                factorCategory = f.category();
                factorDescription = f.description();
                factorWhys = String.join("\n", f.whys());
            }, () -> edit = null);
            case "actions" -> review.actions().stream().filter(a -> a.id().equals(edit) && mayRevise(a.status())).findFirst().ifPresentOrElse(a -> {
                actionTitle = a.title();
                actionType = a.type();
                actionOwner = label(new PersonView(a.owner(), a.ownerName()));
                actionDue = a.dueDate();
                actionPriority = a.priority();
            }, () -> edit = null);
            default -> edit = null;
        }
    }

    /** An action of a drafting review is corrected until it is done or dropped. */
    public boolean mayRevise(String actionStatus) {
        return review != null && review.mayCorrect() && !"DONE".equals(actionStatus) && !"NOT_DOING".equals(actionStatus);
    }

    public String correctTimelineEntry() {
        reviews.correctTimelineEntry(new CorrectTimelineEntry(review.id(), edit, reader.instant(entryAt),
                entryText, entryKind, review.version()));
        Messages.done(word("review.edit.timeline.corrected"));
        return again("timeline");
    }

    public String removeTimelineEntry() {
        reviews.removeTimelineEntry(new TakeOutOfReview(review.id(), remove, review.version()));
        Messages.done(word("review.edit.timeline.removed"));
        return again("timeline");
    }

    public String correctFactor() {
        List<String> whys = factorWhys == null ? List.of() : Arrays.stream(factorWhys.split("\\R")).toList();
        reviews.correctFactor(new CorrectFactor(review.id(), edit, factorCategory, factorDescription, whys, review.version()));
        Messages.done(word("review.edit.factor.corrected"));
        return again("factors");
    }

    public String removeFactor() {
        reviews.removeFactor(new TakeOutOfReview(review.id(), remove, review.version()));
        Messages.done(word("review.edit.factor.removed"));
        return again("factors");
    }

    public String reviseAction() {
        reviews.reviseAction(new ReviseAction(review.id(), edit, actionTitle, actionType, usernameIn(actionOwner), actionDue, actionPriority));
        Messages.done(word("review.edit.action.corrected"));
        return again("actions");
    }

    /** The moment named by {@code remove}, for the confirm step; null when there is none. */
    public dimple.application.review.TimelineEntryView getRemovingEntry() {
        return remove == null || review == null || !review.mayCorrect() ? null
                : review.timeline().stream().filter(e -> e.id().equals(remove)).findFirst().orElse(null);
    }

    /** The factor named by {@code remove}, for the confirm step; null when there is none. */
    public dimple.application.review.FactorView getRemovingFactor() {
        return remove == null || review == null || !review.mayCorrect() ? null
                : review.factors().stream().filter(f -> f.id().equals(remove)).findFirst().orElse(null);
    }

    private static String word(String key) {
        return Words.text(Words.current(), key);
    }

    public String getEdit() {
        return edit;
    }

    public void setEdit(String edit) {
        this.edit = edit;
    }

    public String getRemove() {
        return remove;
    }

    public void setRemove(String remove) {
        this.remove = remove;
    }

    public String saveStory() {
        reviews.edit(new EditReview(review.id(), orEmpty(title), orEmpty(summary), orEmpty(takeaway), orEmpty(whatHappened), orEmpty(why),
                orEmpty(howFixed), null, null, null, null, orEmpty(usernameIn(facilitator)),
                list(participants).stream().map(ReviewEditor::usernameIn).toList(), list(tags), review.version()));
        Messages.done(Words.text(Words.current(), "done.storySaved"));
        return again("story");
    }

    public String saveReflection() {
        reviews.edit(new EditReview(review.id(), null, null, null, null, null, null, orEmpty(wentWell), orEmpty(wentWrong),
                orEmpty(gotLucky), null, null, null, null, review.version()));
        Messages.done(Words.text(Words.current(), "done.saved"));
        return again("reflection");
    }

    public String saveNoActionReason() {
        reviews.edit(new EditReview(review.id(), null, null, null, null, null, null, null, null, null, orEmpty(noActionReason), null,
                null, null, review.version()));
        Messages.done(Words.text(Words.current(), "done.saved"));
        return again("actions");
    }

    public String addTimelineEntry() {
        reviews.addTimelineEntry(new AddTimelineEntry(review.id(), reader.instant(entryAt), entryText,
                entryKind, null));
        Messages.done(Words.text(Words.current(), "done.timelineAdded"));
        return again("timeline");
    }

    public String addFactor() {
        List<String> whys = factorWhys == null ? List.of() : Arrays.stream(factorWhys.split("\\R")).toList();
        reviews.addFactor(new AddFactor(review.id(), factorCategory, factorDescription, whys, null));
        Messages.done(Words.text(Words.current(), "done.factorAdded"));
        return again("factors");
    }

    public String planAction() {
        reviews.planAction(new PlanAction(review.id(), actionTitle, actionType, usernameIn(actionOwner), actionDue, actionPriority));
        Messages.done(Words.text(Words.current(), "done.actionPlanned"));
        return again("actions");
    }

    /**
     * Moves the review to the state; going back to drafting takes the reason typed beside the buttons. A publish refused
     * because the lesson would show what looks like personal data keeps the findings, which the page lists beside the
     * button (the refusal itself becomes messages in one place, like every other).
     */
    public String move(String to) {
        return moved(to, List.of());
    }

    /** Publishes although something looked like personal data, once the leader has ticked that they checked each finding. */
    public String publishAnyway() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (!acknowledged) {
            if (context.getViewRoot().findComponent(ACKNOWLEDGE) instanceof UIInput box) {
                box.setValid(false);
            }
            context.addMessage(ACKNOWLEDGE, new FacesMessage(FacesMessage.SEVERITY_ERROR, Words.text(Words.current(), "deid.acknowledgeFirst"), null));
            context.validationFailed();
            return null;
        }
        return moved("PUBLISHED", findings.stream().map(PersonalDataFinding::text).toList());
    }

    private String moved(String to, List<String> acknowledgedFindings) {
        ReviewView moved;
        try {
            moved = reviews.move(new MoveReview(review.id(), to, reason, review.version(), acknowledgedFindings));
        } catch (LessonLooksPersonal refused) {
            findings = refused.findings();
            acknowledged = false;
            throw refused;
        }
        findings = List.of();
        Messages.done(moved.published() ? "Published. The lesson \u201C" + moved.lesson().title() + "\u201D is drawn from it."
                : moved.awaitsSecondApproval() ? dimple.web.shared.Words.text(dimple.web.shared.Words.current(), "review.approval.firstRecorded")
                : "The review is now: " + labels.state(moved.status()) + ".");
        return again(tab);
    }

    /**
     * Ajax, while a text of the review is typed (after a pause): the wording hints of what is typed in
     * that field so far, from the same words as the report form. Nothing is saved.
     *
     * @param field the field's API name; {@code newTimelineEntry} and {@code newFactor} for the texts being added
     */
    public void checkTyped(String field) {
        typedHints.put(field, reviews.hintsWhileTyping(field, typedText(field)));
    }

    private String typedText(String field) {
        return switch (field) {
            case "summary" -> summary;
            case "whatHappened" -> whatHappened;
            case "why" -> why;
            case "howFixed" -> howFixed;
            case "takeaway" -> takeaway;
            case "wentWell" -> wentWell;
            case "wentWrong" -> wentWrong;
            case "gotLucky" -> gotLucky;
            case "newTimelineEntry" -> entryText;
            case "newFactor" -> String.join("\n", orEmpty(factorDescription), orEmpty(factorWhys));
            default -> throw new IllegalArgumentException("no such text: " + field);
        };
    }

    /** The tab on which a field with hints is written (for the list of open hints shown before approval). */
    public String tabOf(String field) {
        return switch (field) {
            case "timeline" -> "timeline";
            case "factors" -> "factors";
            case "wentWell", "wentWrong", "gotLucky" -> "reflection";
            case "noActionReason" -> "actions";
            default -> "story";
        };
    }

    /** The tab on which a text with a finding of personal data is written ({@code factors[0].whys[1]}, {@code actions[0].title}, a field). */
    public String findingTab(String field) {
        return field.startsWith("factors[") ? "factors" : field.startsWith("actions[") ? "actions" : tabOf(field);
    }

    /** The element a link to a finding of personal data leads to: the field's input, or the list of factors or actions. */
    public String findingAnchor(String field) {
        return field.startsWith("factors[") ? "factors" : field.startsWith("actions[") ? "actionItems" : anchorOf(field);
    }

    /** The element a link to a field with hints leads to: its input, or the list of timeline entries or factors. */
    public String anchorOf(String field) {
        return switch (field) {
            case "timeline", "factors" -> field;
            case "wentWell", "wentWrong", "gotLucky" -> "reflectionForm:" + field;
            case "noActionReason" -> "noActionForm:noActionReason";
            default -> "storyForm:" + field;
        };
    }

    /**
     * The people picker (facilitator, action owner): people whose name or username contains the text,
     * each shown as "Display Name (username)" — the same people as the free choice always offered; the
     * review refuses whom the person may not name.
     */
    public List<String> complete(String text) {
        return reviews.suggestPeople(text).stream().map(ReviewEditor::label).toList();
    }

    /** The participants picker: the field holds people separated by commas; suggestions complete the last one. */
    public List<String> completeParticipants(String text) {
        Completion c = Completion.of(text);
        List<String> chosen = c.chosen().stream().map(ReviewEditor::usernameIn).toList();
        return reviews.suggestPeople(c.term()).stream().filter(p -> !chosen.contains(p.username()))
                .map(p -> c.with(label(p))).toList();
    }

    /**
     * Tags suggested while typing ({@link ReviewService#suggestTags}): tags in use that start with or
     * contain what is typed after the last comma, leaving out those already chosen.
     */
    public List<String> completeTags(String text) {
        Completion c = Completion.of(text);
        java.util.Set<String> chosen = c.chosen().stream().map(t -> t.toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
        return reviews.suggestTags(c.term()).stream().filter(t -> !chosen.contains(t)).map(c::with).toList();
    }

    /** A comma-separated field split into what was chosen before the last comma and the term typed after it. */
    record Completion(List<String> chosen, String head, String term) {
        static Completion of(String text) {
            String t = text == null ? "" : text;
            int comma = t.lastIndexOf(',');
            String head = comma < 0 ? "" : t.substring(0, comma).strip();
            List<String> chosen = head.isEmpty() ? List.of() : Arrays.stream(head.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
            return new Completion(chosen, String.join(", ", chosen), t.substring(comma + 1).strip());
        }

        String with(String suggestion) {
            return head.isEmpty() ? suggestion : head + ", " + suggestion;
        }
    }

    /** A person as the pickers show them: the display name, with the username to tell two of the same name apart. */
    static String label(PersonView person) {
        return person.displayName() == null || person.displayName().isBlank() ? person.username()
                : person.displayName() + " (" + person.username() + ")";
    }

    /** The username in a picked "Display Name (username)", or the text itself when a username was typed. */
    static String usernameIn(String picked) {
        if (picked == null) {
            return null;
        }
        String t = picked.strip();
        if (t.endsWith(")")) {
            int open = t.lastIndexOf('(');
            if (open >= 0) {
                return t.substring(open + 1, t.length() - 1).strip();
            }
        }
        return t;
    }

    /** The wording hints of one field: of what was typed into it, once typed; else of the loaded review's text. */
    public List<ReviewHint> hints(String field) {
        if (typedHints.containsKey(field)) {
            return typedHints.get(field);
        }
        return review == null ? List.of() : review.hintsFor(field);
    }

    public LocalDateTime getNow() {
        return reader.now();
    }

    public LocalDate getToday() {
        return reader.today();
    }

    private String again(String toTab) {
        return "/review/view?faces-redirect=true&id=" + review.id() + "&tab=" + toTab;
    }

    /** A field the person left empty is sent as empty, so emptying it on the page empties it. */
    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static List<String> list(String commaSeparated) {
        return commaSeparated == null ? List.of()
                : Arrays.stream(commaSeparated.split("[,\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public ReviewView getReview() {
        return review;
    }

    public PagedTable<HistoryEntryView> getHistory() {
        return history;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getTab() {
        return tab;
    }

    public void setTab(String tab) {
        this.tab = tab;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getTakeaway() {
        return takeaway;
    }

    public void setTakeaway(String takeaway) {
        this.takeaway = takeaway;
    }

    public String getWhatHappened() {
        return whatHappened;
    }

    public void setWhatHappened(String whatHappened) {
        this.whatHappened = whatHappened;
    }

    public String getWhy() {
        return why;
    }

    public void setWhy(String why) {
        this.why = why;
    }

    public String getHowFixed() {
        return howFixed;
    }

    public void setHowFixed(String howFixed) {
        this.howFixed = howFixed;
    }

    public String getFacilitator() {
        return facilitator;
    }

    public void setFacilitator(String facilitator) {
        this.facilitator = facilitator;
    }

    public String getParticipants() {
        return participants;
    }

    public void setParticipants(String participants) {
        this.participants = participants;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getWentWell() {
        return wentWell;
    }

    public void setWentWell(String wentWell) {
        this.wentWell = wentWell;
    }

    public String getWentWrong() {
        return wentWrong;
    }

    public void setWentWrong(String wentWrong) {
        this.wentWrong = wentWrong;
    }

    public String getGotLucky() {
        return gotLucky;
    }

    public void setGotLucky(String gotLucky) {
        this.gotLucky = gotLucky;
    }

    public String getNoActionReason() {
        return noActionReason;
    }

    public void setNoActionReason(String noActionReason) {
        this.noActionReason = noActionReason;
    }

    public LocalDateTime getEntryAt() {
        return entryAt;
    }

    public void setEntryAt(LocalDateTime entryAt) {
        this.entryAt = entryAt;
    }

    public String getEntryText() {
        return entryText;
    }

    public void setEntryText(String entryText) {
        this.entryText = entryText;
    }

    public String getEntryKind() {
        return entryKind;
    }

    public void setEntryKind(String entryKind) {
        this.entryKind = entryKind;
    }

    public String getFactorCategory() {
        return factorCategory;
    }

    public void setFactorCategory(String factorCategory) {
        this.factorCategory = factorCategory;
    }

    public String getFactorDescription() {
        return factorDescription;
    }

    public void setFactorDescription(String factorDescription) {
        this.factorDescription = factorDescription;
    }

    public String getFactorWhys() {
        return factorWhys;
    }

    public void setFactorWhys(String factorWhys) {
        this.factorWhys = factorWhys;
    }

    public String getActionTitle() {
        return actionTitle;
    }

    public void setActionTitle(String actionTitle) {
        this.actionTitle = actionTitle;
    }

    public String getActionType() {
        return actionType;
    }

    public void setActionType(String actionType) {
        this.actionType = actionType;
    }

    public String getActionOwner() {
        return actionOwner;
    }

    public void setActionOwner(String actionOwner) {
        this.actionOwner = actionOwner;
    }

    public LocalDate getActionDue() {
        return actionDue;
    }

    public void setActionDue(LocalDate actionDue) {
        this.actionDue = actionDue;
    }

    public String getActionPriority() {
        return actionPriority;
    }

    public void setActionPriority(String actionPriority) {
        this.actionPriority = actionPriority;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
