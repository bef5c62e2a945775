package dimple.web.identity;

import dimple.application.identity.AccountService;
import dimple.application.identity.AccountView;
import dimple.application.identity.CreateAccount;
import dimple.application.identity.ResetPassword;
import dimple.application.identity.SessionService;
import dimple.application.identity.SignInDelayView;
import dimple.application.identity.TeamService;
import dimple.application.identity.UpdateAccount;
import dimple.web.shared.Messages;
import dimple.web.shared.Words;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Opening a new account, or changing an existing one (name, roles, teams, leadership, password, enabled). */
@Named
@ViewScoped
public class AccountEditor implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final List<String> ROLES = List.of("EMPLOYEE", "LEADER", "HR", "ADMIN");

    @Inject
    AccountService accounts;

    @Inject
    TeamService teamService;

    @Inject
    SessionService sessions;

    @Inject
    dimple.application.identity.MailService mail;

    private String username;
    private AccountView account;
    private String displayName;
    /** Where mail reaches the person (docs/adr/0030); empty: no mail. */
    private String email;
    private String password;
    private List<String> roles = new ArrayList<>(List.of("EMPLOYEE"));
    private List<String> teams = new ArrayList<>();
    private List<String> leads = new ArrayList<>();
    private List<String> teamNames = List.of();
    private List<SignInDelayView> delays = List.of();
    /** The one-time password of a reset just made, shown once on this view and never again. */
    private String oneTimePassword;

    /**
     * f:viewAction: loads the account named in the address, or prepares a new one. Only administrators
     * get the team names, so anyone else gets the 403 page, not the form.
     */
    public void load() {
        teamNames = teamService.namesToAssign();
        if (username != null && !username.isBlank()) {
            show(accounts.find(username));
        }
    }

    private void refreshDelays() {
        delays = account == null ? List.of() : accounts.signInDelaysOf(account.username());
    }

    private void show(AccountView view) {
        account = view;
        username = view.username();
        displayName = view.displayName();
        roles = new ArrayList<>(view.roles());
        teams = new ArrayList<>(view.teams());
        leads = new ArrayList<>(view.leads());
        email = mail.emailOf(view.username());
        refreshDelays();
    }

    public String save() {
        if (account == null) {
            AccountView created = accounts.create(new CreateAccount(username, displayName, password, roles, teams, leads));
            if (email != null && !email.isBlank()) {
                mail.changeEmail(created.username(), email);
            }
            Messages.done(Words.text(Words.current(), "done.accountOpened", created.username()));
            return "/admin/account?faces-redirect=true&username=" + created.username();
        }
        mail.changeEmail(account.username(), email);
        show(accounts.update(new UpdateAccount(account.username(), displayName, roles, teams, leads)));
        Messages.done(Words.text(Words.current(), "done.accountSaved", account.username()));
        return "/admin/account?faces-redirect=true&username=" + account.username();
    }

    public String disable() {
        show(accounts.disable(account.username()));
        Messages.done(Words.text(Words.current(), "done.accountDisabled", account.username()));
        return "/admin/account?faces-redirect=true&username=" + account.username();
    }

    public String enable() {
        show(accounts.enable(account.username()));
        Messages.done(Words.text(Words.current(), "done.accountEnabled", account.username()));
        return "/admin/account?faces-redirect=true&username=" + account.username();
    }

    /** Resets the password and shows the one-time password on this page, once. */
    public void resetPassword() {
        ResetPassword reset = accounts.resetPassword(account.username());
        oneTimePassword = reset.oneTimePassword();
        show(accounts.find(account.username()));
    }

    public String endSessions() {
        int ended = sessions.endAllOf(account.username());
        Messages.done(account.username() + " is signed out everywhere (" + ended + (ended == 1 ? " session" : " sessions") + " ended).");
        return "/admin/account?faces-redirect=true&username=" + account.username();
    }

    public void clearDelay(String delayId) {
        accounts.clearSignInDelay(delayId);
        refreshDelays();
        Messages.done(Words.text(Words.current(), "done.waitLiftedFor", account.username()));
    }

    public boolean isNew() {
        return account == null;
    }

    public AccountView getAccount() {
        return account;
    }

    public List<String> getAllRoles() {
        return ROLES;
    }

    public List<String> getTeamNames() {
        return teamNames;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public List<String> getTeams() {
        return teams;
    }

    public void setTeams(List<String> teams) {
        this.teams = teams;
    }

    public List<String> getLeads() {
        return leads;
    }

    public void setLeads(List<String> leads) {
        this.leads = leads;
    }

    public String getOneTimePassword() {
        return oneTimePassword;
    }

    public List<SignInDelayView> getDelays() {
        return delays;
    }
}
