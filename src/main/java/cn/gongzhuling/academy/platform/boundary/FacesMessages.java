package cn.gongzhuling.academy.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

/** Adds localized messages to the current page: toasts for success, inline for errors. */
@RequestScoped
public class FacesMessages {

    @Inject
    UserLocale userLocale;

    public void info(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_INFO, key, args);
    }

    public void error(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_ERROR, key, args);
    }

    public void error(BusinessException e) {
        add(null, FacesMessage.SEVERITY_ERROR, e.getKey(), e.getArgs());
    }

    public void fieldError(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, args);
    }

    private void add(String clientId, FacesMessage.Severity severity, String key, Object... args) {
        FacesContext fc = FacesContext.getCurrentInstance();
        String text = userLocale.text(key, args);
        fc.addMessage(clientId, new FacesMessage(severity, text, null));
        fc.getExternalContext().getFlash().setKeepMessages(true);
    }
}
