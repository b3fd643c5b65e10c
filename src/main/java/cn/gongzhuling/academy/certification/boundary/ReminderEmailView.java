package cn.gongzhuling.academy.certification.boundary;

import cn.gongzhuling.academy.platform.boundary.BusinessException;
import cn.gongzhuling.academy.platform.boundary.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The reminder address form: the caller's own on /account/settings, or (after {@link #forPerson})
 * a person's in the admin's account panel of the person page.
 */
@Named
@ViewScoped
public class ReminderEmailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReminderAddresses addresses;

    @Inject
    FacesMessages messages;

    private Long personId;
    private boolean personPage;
    private String current;
    private String email;
    private boolean loaded;

    /** The person page: this form edits that person's address (admins only; the service checks). */
    public void forPerson(Long personId) {
        this.personId = personId;
        personPage = true;
        loaded = false;
    }

    private void load() {
        if (!loaded && personPage && personId == null) {
            loaded = true; // the page of a person not saved yet: nothing to show
        }
        if (!loaded) {
            current = (personId == null ? addresses.mine() : addresses.ofPerson(personId)).orElse(null);
            email = current;
            loaded = true;
        }
    }

    public void save() {
        store(email, "emailForm:email");
    }

    public void clear() {
        store("", null);
    }

    private void store(String value, String field) {
        if (personPage && personId == null) {
            return;
        }
        try {
            current = (personId == null ? addresses.setMine(value) : addresses.setForPerson(personId, value)).orElse(null);
            email = current;
            messages.info(current == null ? "account.email.cleared" : "account.email.saved", current);
        } catch (BusinessException e) {
            if (field != null && e.getKey().startsWith("account.email.error.") && !e.getKey().endsWith("noAccount")) {
                messages.fieldError(field, e.getKey(), e.getArgs());
            } else {
                messages.error(e);
            }
        }
    }

    public boolean isMailConfigured() {
        return addresses.mailConfigured();
    }

    public String getCurrent() {
        load();
        return current;
    }

    public String getEmail() {
        load();
        return email;
    }

    public void setEmail(String email) {
        loaded = true;
        this.email = email;
    }
}
