package dimple.web.coaching;

import dimple.application.coaching.CoachingRecordView;
import dimple.application.coaching.CoachingService;
import dimple.application.coaching.DraftCoachingRecord;
import dimple.application.coaching.PersonOption;
import dimple.application.coaching.ReviseCoachingRecord;
import dimple.application.learning.LessonService;
import dimple.web.learning.LessonPicker;
import dimple.web.shared.Messages;
import dimple.web.shared.ReaderSettings;
import dimple.web.shared.Words;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The leader's coaching-record form: a new draft (on its own, or following an assessment that called
 * for coaching), or changes to a draft. Sharing it with the employee happens on the record's page.
 */
@Named
@ViewScoped
public class CoachingRecordForm implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ReaderSettings reader;

    @Inject
    CoachingService coaching;
    @Inject
    LessonService lessonService;

    private String id;
    private String assessmentId;
    private CoachingRecordView record;
    private List<PersonOption> people = List.of();
    private String employee;
    private LocalDate heldAt;
    private String topic;
    private String expectation;
    private String observations;
    private String agreedActions;
    private LocalDate followUpDate;
    /** Lessons worth reading, picked by their titles; kept as ids. */
    private List<String> lessons = new ArrayList<>();
    private final LessonPicker picker = new LessonPicker();
    private LocalDate retainUntil;

    /** f:viewAction: the people one may coach, and the draft when one is being changed. */
    public void load() {
        people = coaching.people();
        heldAt = reader.today();
        if (id != null && !id.isBlank()) {
            record = coaching.find(id);
            employee = record.employee();
            heldAt = record.heldAt();
            topic = record.topic();
            expectation = record.expectation();
            observations = record.observations();
            agreedActions = record.agreedActions();
            followUpDate = record.followUpDate();
            lessons = new ArrayList<>(record.lessonIds());
            lessons.forEach(l -> picker.know(lessonService, l));
            retainUntil = record.retainUntil();
        }
    }

    public String save() {
        CoachingRecordView saved;
        if (record == null) {
            saved = coaching.draft(new DraftCoachingRecord(employee, heldAt, topic, expectation, observations, agreedActions, followUpDate,
                    lessons(), retainUntil, assessmentId));
            Messages.done(Words.text(Words.current(), "done.coachingDraftSavedFor", saved.employeeName()));
        } else {
            saved = coaching.revise(new ReviseCoachingRecord(record.id(), record.version(), heldAt, topic, expectation, observations,
                    agreedActions, followUpDate, lessons(), retainUntil));
            Messages.done(Words.text(Words.current(), "done.coachingDraftSaved"));
        }
        return "/coaching/record?faces-redirect=true&id=" + saved.id();
    }

    private List<String> lessons() {
        return lessons == null ? List.of() : List.copyOf(lessons);
    }

    /** The lessons picker: current lessons whose words match, leaving out those already picked. */
    public List<String> completeLessons(String text) {
        return picker.complete(lessonService, text, lessons());
    }

    /** How a picked lesson is shown: by its title. */
    public String titleOf(String lessonId) {
        return picker.titleOf(lessonId);
    }

    public boolean isNew() {
        return record == null;
    }

    public CoachingRecordView getRecord() {
        return record;
    }

    public List<PersonOption> getPeople() {
        return people;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getAssessmentId() {
        return assessmentId;
    }

    public void setAssessmentId(String assessmentId) {
        this.assessmentId = assessmentId;
    }

    public String getEmployee() {
        return employee;
    }

    public void setEmployee(String employee) {
        this.employee = employee;
    }

    public LocalDate getHeldAt() {
        return heldAt;
    }

    public void setHeldAt(LocalDate heldAt) {
        this.heldAt = heldAt;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getExpectation() {
        return expectation;
    }

    public void setExpectation(String expectation) {
        this.expectation = expectation;
    }

    public String getObservations() {
        return observations;
    }

    public void setObservations(String observations) {
        this.observations = observations;
    }

    public String getAgreedActions() {
        return agreedActions;
    }

    public void setAgreedActions(String agreedActions) {
        this.agreedActions = agreedActions;
    }

    public LocalDate getFollowUpDate() {
        return followUpDate;
    }

    public void setFollowUpDate(LocalDate followUpDate) {
        this.followUpDate = followUpDate;
    }

    public List<String> getLessons() {
        return lessons;
    }

    public void setLessons(List<String> lessons) {
        this.lessons = lessons == null ? new ArrayList<>() : new ArrayList<>(lessons);
    }

    public LocalDate getRetainUntil() {
        return retainUntil;
    }

    public void setRetainUntil(LocalDate retainUntil) {
        this.retainUntil = retainUntil;
    }
}
