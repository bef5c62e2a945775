package dimple.web.coaching;

import dimple.application.coaching.CoachingRecordView;
import dimple.application.coaching.CoachingService;
import dimple.application.coaching.DraftCoachingRecord;
import dimple.application.coaching.PersonOption;
import dimple.application.coaching.ReviseCoachingRecord;
import dimple.web.shared.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
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
    CoachingService coaching;

    private String id;
    private String assessmentId;
    private CoachingRecordView record;
    private List<PersonOption> people = List.of();
    private String employee;
    private LocalDate heldAt = LocalDate.now(ZoneOffset.UTC);
    private String topic;
    private String expectation;
    private String observations;
    private String agreedActions;
    private LocalDate followUpDate;
    private String lessonIds;
    private LocalDate retainUntil;

    /** f:viewAction: the people one may coach, and the draft when one is being changed. */
    public void load() {
        people = coaching.people();
        if (id != null && !id.isBlank()) {
            record = coaching.find(id);
            employee = record.employee();
            heldAt = record.heldAt();
            topic = record.topic();
            expectation = record.expectation();
            observations = record.observations();
            agreedActions = record.agreedActions();
            followUpDate = record.followUpDate();
            lessonIds = String.join(" ", record.lessonIds());
            retainUntil = record.retainUntil();
        }
    }

    public String save() {
        CoachingRecordView saved;
        if (record == null) {
            saved = coaching.draft(new DraftCoachingRecord(employee, heldAt, topic, expectation, observations, agreedActions, followUpDate,
                    lessons(), retainUntil, assessmentId));
            Messages.done("The draft is saved. Only you see it until you share it with " + saved.employeeName() + ".");
        } else {
            saved = coaching.revise(new ReviseCoachingRecord(record.id(), record.version(), heldAt, topic, expectation, observations,
                    agreedActions, followUpDate, lessons(), retainUntil));
            Messages.done("The draft is saved.");
        }
        return "/coaching/record?faces-redirect=true&id=" + saved.id();
    }

    private List<String> lessons() {
        if (lessonIds == null || lessonIds.isBlank()) {
            return List.of();
        }
        return Arrays.stream(lessonIds.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
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

    public String getLessonIds() {
        return lessonIds;
    }

    public void setLessonIds(String lessonIds) {
        this.lessonIds = lessonIds;
    }

    public LocalDate getRetainUntil() {
        return retainUntil;
    }

    public void setRetainUntil(LocalDate retainUntil) {
        this.retainUntil = retainUntil;
    }
}
