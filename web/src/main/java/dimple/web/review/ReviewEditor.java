package dimple.web.review;

import dimple.application.review.AddFactor;
import dimple.application.review.AddTimelineEntry;
import dimple.application.review.EditReview;
import dimple.application.review.HistoryEntryView;
import dimple.application.review.MoveReview;
import dimple.application.review.PersonView;
import dimple.application.review.PlanAction;
import dimple.application.review.ReviewHint;
import dimple.application.review.ReviewService;
import dimple.application.review.ReviewView;
import dimple.web.shared.Messages;
import dimple.web.shared.PagedTable;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The review page: the state bar with its moves, and one tab at a time — the story and candour
 * statement, the timeline, the factors and whys, what went well, wrong and lucky, the actions, and
 * the history. Texts are saved with the version they were loaded with, so a change someone else made
 * meanwhile is refused with a "reload" message instead of being overwritten.
 */
@Named
@ViewScoped
public class ReviewEditor implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The rows of the table (review/view.xhtml, the history tab). */
    static final int ROWS = 20;
    public static final List<String> TABS = List.of("story", "timeline", "factors", "reflection", "actions", "history");

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

    /** Wording hints of the fields typed in since the page loaded, by the field's API name (replacing the saved text's hints). */
    private final Map<String, List<ReviewHint>> typedHints = new HashMap<>();

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
        facilitator = review.facilitator() == null ? null : review.facilitator().username();
        participants = String.join(", ", review.participants().stream().map(PersonView::username).toList());
        tags = String.join(", ", review.tags());
        wentWell = review.wentWell();
        wentWrong = review.wentWrong();
        gotLucky = review.gotLucky();
        noActionReason = review.noActionReason();
        String reviewId = review.id();
        history = new PagedTable<>(ROWS, (page, size) -> reviews.history(reviewId, page, size));
    }

    public String saveStory() {
        reviews.edit(new EditReview(review.id(), orEmpty(title), orEmpty(summary), orEmpty(takeaway), orEmpty(whatHappened), orEmpty(why),
                orEmpty(howFixed), null, null, null, null, orEmpty(facilitator), list(participants), list(tags), review.version()));
        Messages.done("The story is saved.");
        return again("story");
    }

    public String saveReflection() {
        reviews.edit(new EditReview(review.id(), null, null, null, null, null, null, orEmpty(wentWell), orEmpty(wentWrong),
                orEmpty(gotLucky), null, null, null, null, review.version()));
        Messages.done("Saved.");
        return again("reflection");
    }

    public String saveNoActionReason() {
        reviews.edit(new EditReview(review.id(), null, null, null, null, null, null, null, null, null, orEmpty(noActionReason), null,
                null, null, review.version()));
        Messages.done("Saved.");
        return again("actions");
    }

    public String addTimelineEntry() {
        reviews.addTimelineEntry(new AddTimelineEntry(review.id(), entryAt == null ? null : entryAt.toInstant(ZoneOffset.UTC), entryText,
                entryKind, null));
        Messages.done("Added to the timeline.");
        return again("timeline");
    }

    public String addFactor() {
        List<String> whys = factorWhys == null ? List.of() : Arrays.stream(factorWhys.split("\\R")).toList();
        reviews.addFactor(new AddFactor(review.id(), factorCategory, factorDescription, whys, null));
        Messages.done("The contributing factor is added.");
        return again("factors");
    }

    public String planAction() {
        reviews.planAction(new PlanAction(review.id(), actionTitle, actionType, actionOwner, actionDue, actionPriority));
        Messages.done("The action is planned; its owner is told in the app.");
        return again("actions");
    }

    /** Moves the review to the state; going back to drafting takes the reason typed beside the buttons. */
    public String move(String to) {
        ReviewView moved = reviews.move(new MoveReview(review.id(), to, reason, review.version()));
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

    /** The element a link to a field with hints leads to: its input, or the list of timeline entries or factors. */
    public String anchorOf(String field) {
        return switch (field) {
            case "timeline", "factors" -> field;
            case "wentWell", "wentWrong", "gotLucky" -> "reflectionForm:" + field;
            case "noActionReason" -> "noActionForm:noActionReason";
            default -> "storyForm:" + field;
        };
    }

    /** Suggestions for a username field (autocomplete). */
    public List<String> complete(String text) {
        return reviews.suggestPeople(text).stream().map(PersonView::username).toList();
    }

    /** The wording hints of one field: of what was typed into it, once typed; else of the loaded review's text. */
    public List<ReviewHint> hints(String field) {
        if (typedHints.containsKey(field)) {
            return typedHints.get(field);
        }
        return review == null ? List.of() : review.hintsFor(field);
    }

    public LocalDateTime getNow() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    public LocalDate getToday() {
        return LocalDate.now(ZoneOffset.UTC);
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
