package cn.gongzhuling.academy.security.boundary;

import cn.gongzhuling.academy.platform.boundary.ClientAddresses;
import cn.gongzhuling.academy.platform.boundary.FacesMessages;
import cn.gongzhuling.academy.platform.boundary.Messages;
import cn.gongzhuling.academy.platform.boundary.UserLocale;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.util.Arrays;

/** Backing bean of /login.xhtml. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    ClientAddresses clients;

    @Inject
    SecurityContext securityContext;

    @Inject
    LoginService loginService;

    @Inject
    AccountService accounts;

    @Inject
    UserLocale userLocale;

    @Inject
    FacesMessages messages;

    @NotBlank
    private String username;

    @NotBlank
    private String password;

    public void login() throws IOException {
        FacesContext fc = FacesContext.getCurrentInstance();
        ExternalContext ec = fc.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        HttpServletResponse response = (HttpServletResponse) ec.getResponse();
        if (request.getSession(false) != null) {
            request.changeSessionId(); // a session id known before login is never the authenticated one
        }
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        switch (status) {
            case SUCCESS -> {
                request.changeSessionId();
                if (languageChosenOnThisDevice(request)) {
                    // What the user picked (e.g. on this login page) stays, and their account remembers it.
                    accounts.rememberLocale(userLocale.getLanguageTag());
                } else {
                    accounts.findByUsername(LoginService.normalise(username))
                            .ifPresent(a -> userLocale.change(Messages.supported(a.getLocale())));
                }
                ec.redirect(ec.getRequestContextPath() + "/");
                fc.responseComplete();
            }
            case SEND_CONTINUE -> fc.responseComplete();
            default -> {
                password = null;
                if (loginService.isThrottled(username, clients.of(request))) {
                    messages.error("login.throttled", loginService.lockMinutes());
                } else {
                    messages.error("login.failed");
                }
            }
        }
    }

    private static boolean languageChosenOnThisDevice(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies != null && Arrays.stream(cookies).anyMatch(c -> UserLocale.COOKIE.equals(c.getName()));
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
