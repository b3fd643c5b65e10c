package cn.gongzhuling.academy.security.boundary;

import cn.gongzhuling.academy.platform.boundary.ClientAddresses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.stream.Collectors;

/** Validates logins against the account table; role names become the caller's groups. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    ClientAddresses clients;

    @Inject
    LoginService loginService;

    @Inject
    AccountService accounts;

    @Inject
    HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        LoginService.Outcome outcome = loginService.attempt(login.getCaller(),
                login.getPassword().getValue(), clients.of(request));
        if (outcome != LoginService.Outcome.SUCCESS) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        String username = LoginService.normalise(login.getCaller());
        Caller caller = accounts.loadCaller(username);
        Set<String> groups = caller.roles().stream().map(Enum::name).collect(Collectors.toSet());
        return new CredentialValidationResult(username, groups);
    }
}
