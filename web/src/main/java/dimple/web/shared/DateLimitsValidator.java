package dimple.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;

/**
 * The page's limits of a date field ({@code <d:date earliest=".." latest="..">}, ADR 22): a day or moment before
 * {@code earliest} or after {@code latest} is refused beside the field, in words, with the bundle code the page
 * names ({@code earliestMessage}, {@code latestMessage}) or a plain "not earlier/later than". The limits are read
 * when the value is checked, so "now" is the moment of sending, not of showing the page. A moment is compared to
 * the minute (what can be typed), so "now" typed a few seconds ago is never "in the future".
 */
@FacesValidator(DateLimitsValidator.ID)
public class DateLimitsValidator implements Validator<Object> {
    public static final String ID = "dimple.DateLimits";

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (!(value instanceof LocalDate) && !(value instanceof LocalDateTime)) {
            return;
        }
        Object earliest = component.getAttributes().get("earliest");
        Object latest = component.getAttributes().get("latest");
        if (earliest instanceof Temporal && compare(value, earliest) < 0) {
            throw refusal(component, "earliestMessage", "date.tooEarly", earliest);
        }
        if (latest instanceof Temporal && compare(value, latest) > 0) {
            throw refusal(component, "latestMessage", "date.tooLate", latest);
        }
    }

    /** Day against day, or minute against minute; a day limit on a moment field compares the moment's day. */
    private static int compare(Object value, Object limit) {
        if (value instanceof LocalDateTime moment && limit instanceof LocalDateTime bound) {
            return moment.truncatedTo(ChronoUnit.MINUTES).compareTo(bound.truncatedTo(ChronoUnit.MINUTES));
        }
        return day(value).compareTo(day(limit));
    }

    private static LocalDate day(Object value) {
        return value instanceof LocalDateTime moment ? moment.toLocalDate() : (LocalDate) value;
    }

    private static ValidatorException refusal(UIComponent component, String attribute, String fallback, Object limit) {
        Object named = component.getAttributes().get(attribute);
        String code = named == null || named.toString().isBlank() ? fallback : named.toString();
        Object shown = limit instanceof LocalDateTime moment ? moment.truncatedTo(ChronoUnit.MINUTES) : limit;
        String message = Words.text(Words.current(), code, DateWords.of(shown, Words.current()), ReaderSettings.current().zone().getId());
        return new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }
}
