package dimple.application.review;

import dimple.application.shared.FieldProblem;
import dimple.application.shared.RuleRefusal;
import dimple.domain.shared.Message;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        super(Message.of(CODE, findings.size()), findings.stream().map(f -> new FieldProblem(f.field(), f.message())).toList());
        this.findings = List.copyOf(findings);
    }

    public List<PersonalDataFinding> findings() {
        return findings;
    }

    /** {@code findings}: each {@code {field, text, kind, acknowledgeable}}, so that a client can name what it checked. */
    @Override
    public Map<String, List<Map<String, Object>>> extensions() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (PersonalDataFinding f : findings) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("field", f.field());
            one.put("text", f.text());
            one.put("kind", f.kind());
            one.put("acknowledgeable", f.acknowledgeable());
            list.add(one);
        }
        return Map.of("findings", list);
    }
}
