package cn.gongzhuling.academy.organization.boundary;

import cn.gongzhuling.academy.organization.control.FieldError;
import cn.gongzhuling.academy.organization.control.PersonDraft;
import cn.gongzhuling.academy.organization.entity.OrgUnit;
import cn.gongzhuling.academy.organization.entity.Person;
import cn.gongzhuling.academy.organization.entity.Position;
import cn.gongzhuling.academy.platform.boundary.BusinessException;
import cn.gongzhuling.academy.platform.boundary.FacesMessages;
import cn.gongzhuling.academy.platform.boundary.UserLocale;
import cn.gongzhuling.academy.security.entity.AuditEvent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Create or edit one person (?id= for editing; none for a new person). */
@Named
@ViewScoped
public class PersonView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Form field names of PersonRules mapped to input ids on the page. */
    private static final Map<String, String> FIELD_IDS = Map.of(
            "staffNo", "person:staffNo", "nameZh", "person:nameZh", "nameEn", "person:nameEn",
            "phone", "person:phone", "position", "person:position", "unit", "person:unit");

    @Inject
    PersonService people;

    @Inject
    OrgUnitService units;


    @Inject
    FacesMessages messages;

    @Inject
    UserLocale userLocale;

    private Long id;
    private Person person;
    private List<AuditEvent> history;
    private PersonDraft draft = new PersonDraft();
    private List<OrgUnit> unitChoices;

    /** Loads the person; one outside the caller's scope is answered with 404, like a missing one. */
    public void onLoad() throws IOException {
        if (id == null) {
            return;
        }
        try {
            person = people.find(id);
            history = null;
            draft = toDraft(person);
        } catch (BusinessException e) {
            FacesContext fc = FacesContext.getCurrentInstance();
            fc.getExternalContext().responseSendError(404, "");
            fc.responseComplete();
        }
    }

    public String save() {
        try {
            if (person == null) {
                person = people.create(draft);
                messages.info("person.created", person.name(userLocale.getLocale()));
                return "/admin/person?faces-redirect=true&id=" + person.getId();
            }
            person = people.update(person.getId(), draft);
            history = null;
            draft = toDraft(person);
            messages.info("person.updated", person.name(userLocale.getLocale()));
        } catch (InvalidFieldsException e) {
            for (FieldError error : e.getErrors()) {
                messages.fieldError(FIELD_IDS.get(error.field()), error.key(), error.args());
            }
            messages.error("validation.failed");
        } catch (OptimisticLockException e) {
            messages.error("error.conflict");
        } catch (BusinessException e) {
            messages.error(e);
        }
        return null;
    }

    public void toggleActive() {
        try {
            boolean activate = !person.isActive();
            people.setActive(person.getId(), draft.getVersion(), activate);
            person = people.find(person.getId());
            history = null;
            draft = toDraft(person);
            messages.info(activate ? "person.activated" : "person.deactivated", person.name(userLocale.getLocale()));
        } catch (OptimisticLockException e) {
            messages.error("error.conflict");
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    /** Read once per change, not on every getter call JSF makes while rendering. */
    public List<AuditEvent> getHistory() {
        if (history == null) {
            history = person == null ? List.of() : people.history(person.getId());
        }
        return history;
    }

    public List<OrgUnit> getUnitChoices() {
        if (unitChoices == null) {
            unitChoices = units.search(null, null, 2000);
        }
        return unitChoices;
    }

    public Position[] getPositions() {
        return Position.values();
    }

    private static PersonDraft toDraft(Person p) {
        PersonDraft d = new PersonDraft();
        d.setStaffNo(p.getStaffNo());
        d.setNameZh(p.getNameZh());
        d.setNameEn(p.getNameEn());
        d.setPhone(p.getPhone());
        d.setPosition(p.getPosition());
        d.setUnitId(p.getOrgUnit().getId());
        d.setActive(p.isActive());
        d.setVersion(p.getVersion());
        return d;
    }

    public boolean isNew() { return person == null; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Person getPerson() { return person; }
    public PersonDraft getDraft() { return draft; }
}
