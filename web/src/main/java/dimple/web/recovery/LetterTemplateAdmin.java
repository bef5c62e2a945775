package dimple.web.recovery;

import dimple.application.recovery.DescribeLetterTemplate;
import dimple.application.recovery.LetterTemplateService;
import dimple.application.recovery.LetterTemplateView;
import dimple.web.shared.Messages;
import dimple.web.shared.Words;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * {@code /admin/letters.xhtml} (docs/adr/0049): the letter templates for administrators, on the same use cases as
 * {@code /api/admin/letter-templates}: the list, add one, reword one ({@code ?edit=}), retire one after a confirmation
 * ({@code ?retire=}). An unknown placeholder comes back as a message beside the text.
 */
@Named
@ViewScoped
public class LetterTemplateAdmin implements Serializable {
    private static final long serialVersionUID = 1L;
    static final List<String> LANGUAGES = List.of("en", "de");

    @Inject
    LetterTemplateService templates;

    private String editing;
    private String retiring;
    private List<LetterTemplateView> list = List.of();
    private String name;
    private String language = "en";
    private String subject;
    private String body;

    /** f:viewAction: only administrators get the page (the service refuses everyone else: the 403 page). */
    public void load() {
        list = templates.all();
        Optional<LetterTemplateView> edited = inUse(editing);
        if (edited.isPresent()) {
            name = edited.get().name();
            language = edited.get().language();
            subject = edited.get().subject();
            body = edited.get().body();
        } else {
            editing = null;
        }
        if (inUse(retiring).isEmpty()) {
            retiring = null;
        }
    }

    private Optional<LetterTemplateView> inUse(String id) {
        return id == null ? Optional.empty() : list.stream().filter(t -> t.id().equals(id) && !t.retired()).findFirst();
    }

    /** Adds a template, or rewords the one being edited; back to the list. */
    public String save() {
        LetterTemplateView saved = editing == null
                ? templates.define(new DescribeLetterTemplate(null, name, language, subject, body))
                : templates.revise(new DescribeLetterTemplate(editing, name, language, subject, body));
        Messages.done(Words.text(Words.current(), editing == null ? "letters.added" : "letters.reworded", saved.name()));
        return "/admin/letters?faces-redirect=true";
    }

    public String retire() {
        LetterTemplateView retired = templates.retire(retiring);
        Messages.done(Words.text(Words.current(), "letters.retired", retired.name()));
        return "/admin/letters?faces-redirect=true";
    }

    /** The name of the template waiting for the confirmation to retire it. */
    public String getRetiringName() {
        return inUse(retiring).map(LetterTemplateView::name).orElse("");
    }

    public String languageLabel(String code) {
        return Words.text(Words.current(), "letters.language." + code);
    }

    /** The placeholders a template may name, explained beside the text. */
    public List<String> getPlaceholders() {
        return LetterTemplateView.PLACEHOLDERS;
    }

    public List<String> getLanguages() {
        return LANGUAGES;
    }

    public List<LetterTemplateView> getList() {
        return list;
    }

    public String getEditing() {
        return editing;
    }

    public void setEditing(String editing) {
        this.editing = editing;
    }

    public String getRetiring() {
        return retiring;
    }

    public void setRetiring(String retiring) {
        this.retiring = retiring;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
