package dimple.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A default validator of every input (faces-config.xml): a date or a time entered on a page must lie within
 * the {@link AcceptedDates}, whatever picker or converter produced it, or it is refused beside the field.
 * A page's own limits (not in the future, not in the past) still apply on top.
 */
@FacesValidator(AcceptedDateValidator.ID)
public class AcceptedDateValidator implements Validator<Object> {
    public static final String ID = "dimple.AcceptedDate";

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        boolean refused = value instanceof LocalDate date && !AcceptedDates.contains(date)
                || value instanceof LocalDateTime time && !AcceptedDates.contains(time)
                || value instanceof Instant instant && !AcceptedDates.contains(instant)
                || value instanceof java.util.Date date && !AcceptedDates.contains(Instant.ofEpochMilli(date.getTime()));
        if (refused) {
            String message = Words.text(Words.current(), "input.dateRange", AcceptedDates.FIRST, AcceptedDates.LAST);
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        }
    }
}
