package dimple.web.recovery;

import dimple.application.recovery.LetterDraft;
import dimple.application.recovery.LetterTemplateView;
import dimple.application.recovery.LetterWords;
import dimple.application.recovery.RecoveryService;
import dimple.web.reporting.ReportLabels;
import dimple.web.shared.Downloads;
import dimple.web.shared.Formats;
import dimple.web.shared.Messages;
import dimple.web.shared.Navigation;
import dimple.web.shared.ReaderSettings;
import dimple.web.shared.Words;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The "Draft a letter" part of {@code recovery/case.xhtml} (docs/adr/0049): a template in use, the letter filled from
 * it for this case (only the five values a template can name, never the report or its notes), to edit, copy or
 * download as text, and "Mark as sent" with the channel, which records the {@code LETTER_SENT} step.
 */
@Named
@ViewScoped
public class CaseLetter implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String PERMISSION = "recovery:record";

    @Inject
    RecoveryService recoveries;
    @Inject
    RecoveryCaseEditor recoveryCase;
    @Inject
    ReaderSettings reader;
    @Inject
    Formats formats;
    @Inject
    ReportLabels labels;
    @Inject
    Navigation navigation;

    private List<LetterTemplateView> templates;
    private String templateId;
    private String text;
    private String channel;

    /** Whether the reader may work the case (and so draft letters for it). */
    public boolean isShown() {
        return navigation.may(PERMISSION);
    }

    /** The templates in use, those in the reader's language first, then by name. */
    public List<LetterTemplateView> getTemplates() {
        if (templates == null) {
            String language = reader.getLanguage();
            templates = recoveries.letterTemplates().stream()
                    .sorted(Comparator.comparing((LetterTemplateView t) -> !t.language().equals(language)).thenComparing(LetterTemplateView::name))
                    .toList();
        }
        return templates;
    }

    public String option(LetterTemplateView template) {
        return Words.text(Words.current(), "letter.template.option", template.name(), Words.text(Words.current(), "letters.language." + template.language()));
    }

    /** Fills the chosen template for this case; the text is the subject, an empty line and the body. */
    public void draft() {
        LetterDraft draft = recoveries.draftLetter(recoveryCase.getId(), templateId, new LetterWords() {
            @Override
            public String remedy(String remedyType) {
                return labels.remedy(remedyType);
            }

            @Override
            public String day(Instant at) {
                return formats.date(at);
            }
        });
        templateId = draft.templateId();
        text = draft.subject() + "\n\n" + draft.body();
    }

    /** The letter as it stands in the text field, as a UTF-8 text file. */
    public void download() {
        FacesContext context = FacesContext.getCurrentInstance();
        try (OutputStream out = Downloads.intoResponse(context).open("letter.txt", "text/plain; charset=UTF-8")) {
            out.write((text == null ? "" : text).replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    /** Records the {@code LETTER_SENT} step with the channel and the template's name; the history shows it. */
    public String markSent() {
        recoveries.markLetterSent(recoveryCase.getId(), templateId, channel);
        Messages.done(Words.text(Words.current(), "letter.sent", labels.channel(channel)));
        return "/recovery/case?faces-redirect=true&id=" + recoveryCase.getId();
    }

    public boolean isDrafted() {
        return text != null;
    }

    public String getTemplateId() {
        return templateId;
    }

    public void setTemplateId(String templateId) {
        this.templateId = templateId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }
}
