package dimple.web.shared;

import jakarta.el.ValueExpression;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import java.util.Map;

/**
 * A default validator of every input (faces-config.xml): a field that declares its limit with
 * {@code a:data-maxlength="200"} (passthrough, so that {@code limits.js} can show a character counter)
 * refuses a longer text with a message beside the field that gives the limit and the length. The browser's
 * own {@code maxlength} is not used: it cuts a pasted text short without a word. Characters are counted as
 * the domain counts them, in code points, so an emoji counts once.
 */
@FacesValidator(TextLimitValidator.ID)
public class TextLimitValidator implements Validator<Object> {
    public static final String ID = "dimple.TextLimit";
    /** The passthrough attribute that holds a field's limit. */
    public static final String ATTRIBUTE = "data-maxlength";

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (!(value instanceof String text)) {
            return;
        }
        Integer limit = limit(context, component);
        int length = text.codePointCount(0, text.length());
        if (limit != null && length > limit) {
            String message = Words.text(Words.current(), "input.textLimit", limit, length);
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        }
    }

    static Integer limit(FacesContext context, UIComponent component) {
        Map<String, Object> passthrough = component.getPassThroughAttributes(false);
        Object declared = passthrough == null ? null : passthrough.get(ATTRIBUTE);
        if (declared instanceof ValueExpression expression) {
            declared = expression.getValue(context.getELContext());
        }
        if (declared == null) {
            return null;
        }
        try {
            return Integer.valueOf(declared.toString().strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("The " + ATTRIBUTE + " of " + component.getClientId(context) + " is not a number: " + declared, e);
        }
    }
}
