package dimple.web.learning;

import dimple.application.learning.LessonService;
import dimple.application.learning.LessonView;
import dimple.web.shared.Messages;
import dimple.web.shared.Words;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One lesson: the story, contributing factors, actions with their state, endorsements ("applies to my
 * team", "I applied this"), scenario cards, and for leaders of its team archive and supersede.
 * The newer lesson that supersedes it is found by words of its title ({@link LessonPicker}), shown as a
 * list of current lessons to pick one from by its title; a pasted link or id offers that lesson. Archiving
 * asks first, on the page itself (no dialog script): the first click asks, the second archives.
 */
@Named
@ViewScoped
public class LessonPage implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Fewer letters than this find nothing worth listing. */
    static final int SHORTEST_SEARCH = 2;

    @Inject
    LessonService lessons;

    private String id;
    private LessonView lesson;
    /** What was typed (or pasted) to find the newer lesson. */
    private String words;
    /** The words the list below them was found with; null before any search. */
    private String searched;
    /** The current lessons found for {@link #searched}, best match first. */
    private List<String> found = List.of();
    /** The newer lesson picked from {@link #found}. */
    private String newer;
    /** Whether archiving was asked for once and waits for its confirmation. */
    private boolean archiveAsked;
    /** The title of the lesson that superseded this one, when there is one. */
    private String newerTitle;
    private final LessonPicker picker = new LessonPicker();

    /** f:viewAction */
    public void load() {
        lesson = lessons.find(id);
        if (lesson.supersededBy() != null) {
            newerTitle = picker.know(lessons, lesson.supersededBy());
        }
    }

    /**
     * Ajax while the words are typed, or the "Find" button: the current lessons matching the words, never this one;
     * for a pasted link or id, that lesson alone, already picked. A lesson picked before stays picked while it is
     * still listed.
     */
    public void find() {
        String text = words == null ? "" : words.strip();
        if (text.length() < SHORTEST_SEARCH) {
            searched = null;
            found = List.of();
            newer = null;
            return;
        }
        searched = text;
        String pasted = pastedId(text);
        if (pasted != null) {
            // know() answers a lesson's title, or the id itself for one this person cannot find.
            boolean known = !pasted.equals(lesson.id()) && !pasted.equals(picker.know(lessons, pasted));
            found = known ? List.of(pasted) : List.of();
            newer = known ? pasted : null;
            return;
        }
        found = picker.complete(lessons, text, Set.of(lesson.id()));
        if (!found.contains(newer)) {
            newer = null;
        }
    }

    /** How a listed lesson is shown: by its title. */
    public String titleOf(String lessonId) {
        return picker.titleOf(lessonId);
    }

    public void endorse(String kind) {
        lesson = lessons.endorse(lesson.id(), kind);
        // Shown on this page, not carried to the next one (no redirect follows).
        say("APPLIES_TO_MY_TEAM".equals(kind) ? "done.lessonApplies" : "done.lessonApplied");
    }

    /** The first click on "Archive": asks, beside the button, whether to archive. */
    public void askArchive() {
        archiveAsked = true;
    }

    /** "Keep it": archiving is not asked for any more. */
    public void keep() {
        archiveAsked = false;
    }

    /** Archives once it was asked for and confirmed; a confirmation without the question asks first. */
    public String archive() {
        if (!archiveAsked) {
            archiveAsked = true;
            return null;
        }
        lessons.archive(lesson.id());
        archiveAsked = false;
        done("done.lessonArchived");
        return again();
    }

    /** Marks this lesson superseded by the one picked (or whose link or id was pasted); says so when there is none. */
    public String supersede() {
        String by = chosen();
        if (by == null && strip(words) != null && !strip(words).equals(searched)) {
            // Words sent without a search first (a page without scripts): the list comes with the question.
            find();
            by = chosen();
        }
        if (by == null) {
            if (searched != null && found.isEmpty() && searched.equals(strip(words))) {
                refuse("curateForm:words", "page.lesson.curate.noMatch", searched);
            } else {
                refuse("curateForm:words", "page.lesson.curate.pickOne");
            }
            return null;
        }
        lessons.supersede(lesson.id(), by);
        done("done.lessonSuperseded");
        return again();
    }

    /** The newer lesson to supersede this one with: the one picked from the list, or else a pasted link's or id's. */
    String chosen() {
        if (newer != null && !newer.isBlank()) {
            return newer;
        }
        return pastedId(words);
    }

    /** The lesson id in a pasted link or a pasted id; null for words to search with. */
    static String pastedId(String text) {
        String t = idIn(text);
        if (t == null) {
            return null;
        }
        try {
            // Ids are UUIDs in small letters; UUID.fromString alone would also take short forms such as "1-2-3-4-5".
            String id = UUID.fromString(t).toString();
            return id.equalsIgnoreCase(t) ? id : null;
        } catch (IllegalArgumentException words) {
            return null;
        }
    }

    /** Takes the id out of a pasted link to the newer lesson ("...view.xhtml?id=...") or the id itself. */
    static String idIn(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        int at = t.lastIndexOf("id=");
        if (at >= 0) {
            t = t.substring(at + 3);
            int end = t.indexOf('&');
            t = end >= 0 ? t.substring(0, end) : t;
        }
        return t;
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    /** A confirmation carried over the redirect that follows (overridden by tests, which have no Faces context). */
    void done(String key) {
        Messages.done(Words.text(Words.current(), key));
    }

    /** A confirmation for this page only (overridden by tests). */
    void say(String key) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Words.text(Words.current(), key), null));
    }

    /** A message beside a field, which is then marked invalid (overridden by tests). */
    void refuse(String field, String key, Object... args) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, Words.text(Words.current(), key, args), null));
        context.validationFailed();
    }

    private String again() {
        return "/lesson/view?faces-redirect=true&id=" + lesson.id();
    }

    public LessonView getLesson() {
        return lesson;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getNewerTitle() {
        return newerTitle;
    }

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }

    public String getSearched() {
        return searched;
    }

    public List<String> getFound() {
        return found;
    }

    public String getNewer() {
        return newer;
    }

    public void setNewer(String newer) {
        this.newer = newer;
    }

    public boolean isArchiveAsked() {
        return archiveAsked;
    }
}
