package dimple.application.reporting;

import java.util.List;

/** New words for some kinds and impact levels at once; a kind or level not listed keeps its words. */
public record DefineCategories(List<DescribeCategory> kinds, List<DescribeCategory> impacts) {
    public DefineCategories {
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
        impacts = impacts == null ? List.of() : List.copyOf(impacts);
    }
}
