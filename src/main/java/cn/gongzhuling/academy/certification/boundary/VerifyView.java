package cn.gongzhuling.academy.certification.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** The public verification page (/verify/{code}); no login. */
@Named
@RequestScoped
public class VerifyView {

    @Inject
    VerificationService verification;

    private Optional<Verification> result;

    public Verification getResult() {
        if (result == null) {
            FacesContext fc = FacesContext.getCurrentInstance();
            HttpServletRequest req = (HttpServletRequest) fc.getExternalContext().getRequest();
            result = verification.verify(req.getParameter("code"), req.getRemoteAddr());
        }
        return result.orElse(null);
    }
}
