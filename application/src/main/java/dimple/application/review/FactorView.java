package dimple.application.review;

import java.util.List;

/** A contributing factor with its chain of whys. */
public record FactorView(String id, String category, String description, List<String> whys) implements java.io.Serializable {
}
