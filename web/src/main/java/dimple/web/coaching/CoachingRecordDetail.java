package dimple.web.coaching;

import dimple.application.coaching.ChangeCoachingRecord;
import dimple.application.coaching.CoachingRecordView;
import dimple.application.coaching.CoachingService;
import dimple.application.coaching.RespondToCoachingRecord;
import dimple.application.learning.LessonService;
import dimple.web.learning.LessonPicker;
import dimple.web.shared.Messages;
import dimple.web.shared.Words;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * One coaching record (the read is audited): the coach shares or closes it; the employee acknowledges
 * or declines it with a comment that stays with the record; HR reads it.
 */
@Named
@ViewScoped
public class CoachingRecordDetail implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CoachingService coaching;
    @Inject
    LessonService lessons;

    private String id;
    private CoachingRecordView record;
    private String comment;
    private final LessonPicker lessonTitles = new LessonPicker();

    /** f:viewAction */
    public void load() {
        record = coaching.find(id);
        record.lessonIds().forEach(l -> lessonTitles.know(lessons, l));
    }

    /** A lesson worth reading, shown by its title. */
    public String lessonTitle(String lessonId) {
        return lessonTitles.titleOf(lessonId);
    }

    public String share() {
        CoachingRecordView shared = coaching.share(new ChangeCoachingRecord(record.id(), record.version()));
        Messages.done(Words.text(Words.current(), "done.coachingShared", shared.employeeName()));
        return again();
    }

    public String acknowledge() {
        coaching.respond(new RespondToCoachingRecord(record.id(), "ACKNOWLEDGED", comment, record.version()));
        Messages.done(Words.text(Words.current(), comment == null || comment.isBlank() ? "coaching.acknowledged" : "coaching.acknowledgedWithComment"));
        return again();
    }

    public String decline() {
        coaching.respond(new RespondToCoachingRecord(record.id(), "DECLINED", comment, record.version()));
        Messages.done(Words.text(Words.current(), "done.coachingDeclined"));
        return again();
    }

    public String close() {
        coaching.close(new ChangeCoachingRecord(record.id(), record.version()));
        Messages.done(Words.text(Words.current(), "done.coachingClosed"));
        return again();
    }

    private String again() {
        return "/coaching/record?faces-redirect=true&id=" + record.id();
    }

    public CoachingRecordView getRecord() {
        return record;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
