package cn.gongzhuling.academy.platform.boundary;

import cn.gongzhuling.academy.security.boundary.AccountService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Map;

/** The language switch in the top bar: remembers the choice in a cookie and on the account. */
@Named
@RequestScoped
public class LocaleView {

    @Inject
    UserLocale userLocale;

    @Inject
    AccountService accounts;

    public void switchTo(String languageTag) throws IOException {
        userLocale.change(Messages.supported(languageTag));
        accounts.rememberLocale(userLocale.getLanguageTag());
        FacesContext fc = FacesContext.getCurrentInstance();
        String viewId = fc.getViewRoot().getViewId();
        String url = fc.getApplication().getViewHandler().getRedirectURL(fc, viewId, Map.of(), true);
        fc.getExternalContext().redirect(url);
        fc.responseComplete();
    }
}
