package dimple.web.shared;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDateTime;

/**
 * The converter of every day-and-time field ({@code <d:date time="true">}, ADR 22): what was typed, in the forms of
 * {@link DateEntry}, to a {@link LocalDateTime} in the reader's time zone (ADR 45); a stored moment back as {@code 2026-12-05 18:45}.
 */
@FacesConverter(MomentConverter.ID)
public class MomentConverter implements Converter<LocalDateTime> {
    public static final String ID = "dimple.Moment";

    @Override
    public LocalDateTime getAsObject(FacesContext context, UIComponent component, String value) {
        try {
            return DateEntry.moment(value, LocalDateTime.now(ReaderSettings.current().zone()));
        } catch (DateEntry.NotUnderstood e) {
            throw DayConverter.refusal(e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDateTime value) {
        return value == null ? "" : DateEntry.MOMENT.format(value);
    }
}
