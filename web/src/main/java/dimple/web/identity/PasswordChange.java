package dimple.web.identity;

import dimple.application.identity.AccountService;
import dimple.application.identity.ChangeOwnPassword;
import dimple.application.shared.InvalidInput;
import dimple.web.shared.Messages;
import dimple.web.shared.Words;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;

/** Changing one's own password. */
@Named
@RequestScoped
public class PasswordChange {
    @Inject
    AccountService accounts;

    private String currentPassword;
    private String newPassword;
    private String repeatPassword;

    public String change() {
        if (!Objects.equals(newPassword, repeatPassword)) {
            throw InvalidInput.of("repeatPassword", "input.password.repeatDiffers");
        }
        accounts.changeOwnPassword(new ChangeOwnPassword(currentPassword, newPassword));
        Messages.done(Words.text(Words.current(), "done.passwordChanged"));
        return "/index?faces-redirect=true";
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatPassword() {
        return repeatPassword;
    }

    public void setRepeatPassword(String repeatPassword) {
        this.repeatPassword = repeatPassword;
    }
}
