package dimple.infrastructure.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Every text attribute is stored without U+0000 (NUL), on every database: PostgreSQL refuses it in any text
 * column (the whole write fails), and no person types it; H2 would keep it. Other invisible characters are
 * kept as written (exports neutralise formulas behind them, ADR 10). Applies to every {@code String}
 * attribute but ids and versions (JPA never converts those), and to nothing written by native SQL.
 */
@Converter(autoApply = true)
public class TextWithoutNul implements AttributeConverter<String, String> {
    @Override
    public String convertToDatabaseColumn(String text) {
        return text == null || text.indexOf('\u0000') < 0 ? text : text.replace("\u0000", "");
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return stored;
    }
}
