package dimple.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;

/**
 * The converter of every day field ({@code <d:date>}, ADR 22): what was typed, in the forms of {@link DateEntry}, to a
 * {@link LocalDate}; a stored day back as {@code 2026-12-05}. A text it does not understand is refused with a message
 * that says what is expected; the text stays in the field as typed.
 */
@FacesConverter(DayConverter.ID)
public class DayConverter implements Converter<LocalDate> {
    public static final String ID = "dimple.Day";

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        try {
            return DateEntry.day(value, LocalDate.now(ReaderSettings.current().zone()));
        } catch (DateEntry.NotUnderstood e) {
            throw refusal(e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : DateEntry.DAY.format(value);
    }

    static ConverterException refusal(DateEntry.NotUnderstood e) {
        String message = Words.text(Words.current(), e.code(), e.part());
        return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }
}
