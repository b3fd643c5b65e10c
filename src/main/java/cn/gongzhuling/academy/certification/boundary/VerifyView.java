package cn.gongzhuling.academy.certification.boundary;

import cn.gongzhuling.academy.platform.boundary.ClientAddresses;
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

    @Inject
    ClientAddresses clients;

    private Optional<Verification> result;
    private String code;

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }

    public Verification getResult() {
        if (result == null) {
            FacesContext fc = FacesContext.getCurrentInstance();
            HttpServletRequest req = (HttpServletRequest) fc.getExternalContext().getRequest();
            result = verification.verify(code != null ? code : req.getParameter("code"), clients.of(req));
        }
        return result.orElse(null);
    }
}
