package dimple.application.review;

import dimple.application.shared.FieldProblem;
import dimple.application.shared.RuleRefusal;
import dimple.domain.shared.Message;
import java.util.List;

/**
 * Publishing is refused: the lesson would show what looks like personal data. Each finding is a
 * problem of its field ({@code deid.finding.<kind>}: the field's name and the text found), so the page
 * and the API list them; the findings themselves travel along for the page's acknowledgement.
 */
public class LessonLooksPersonal extends RuleRefusal {
    private static final long serialVersionUID = 1L;
    /** The code of the refusal: "the lesson would show what looks like personal data". */
    public static final String CODE = "deid.refused";
    private final transient List<PersonalDataFinding> findings;

    public LessonLooksPersonal(List<PersonalDataFinding> findings) {
        super(Message.of(CODE, findings.size()), findings.stream()
                .map(f -> new FieldProblem(f.field(), Message.of("deid.finding." + f.kind(), f.fieldLabel(), f.text()))).toList());
        this.findings = List.copyOf(findings);
    }

    public List<PersonalDataFinding> findings() {
        return findings;
    }
}
