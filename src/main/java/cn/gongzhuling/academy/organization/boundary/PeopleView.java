package cn.gongzhuling.academy.organization.boundary;

import cn.gongzhuling.academy.organization.entity.OrgUnit;
import cn.gongzhuling.academy.organization.entity.Person;
import cn.gongzhuling.academy.organization.entity.Position;
import cn.gongzhuling.academy.platform.boundary.BusinessException;
import cn.gongzhuling.academy.platform.boundary.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The people list: filters above a lazy, sortable, paged table. */
@Named
@ViewScoped
public class PeopleView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PersonService people;

    @Inject
    OrgUnitService units;

    @Inject
    FacesMessages messages;

    private String text;
    private Long unitId;
    private Position position;
    private Boolean active = Boolean.TRUE;
    private List<OrgUnit> unitChoices;

    private final LazyDataModel<Person> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) people.count(query(null, true, 0, 0));
        }

        @Override
        public List<Person> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            String field = sort == null ? null : sort.getField();
            boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
            // PrimeFaces only re-counts when paging; our filters live outside the table, so count here too.
            setRowCount((int) people.count(query(null, true, 0, 0)));
            return people.page(query(field, ascending, first, pageSize));
        }

        @Override
        public String getRowKey(Person person) {
            return String.valueOf(person.getId());
        }

        @Override
        public Person getRowData(String rowKey) {
            return people.find(Long.valueOf(rowKey));
        }
    };

    /** Checks a ?unit= parameter against the caller's scope before it is used as a filter. */
    public void onLoad() {
        if (unitId != null) {
            try {
                units.find(unitId);
            } catch (BusinessException e) {
                unitId = null;
                messages.error(e);
            }
        }
    }

    private PersonQuery query(String sortField, boolean ascending, int first, int pageSize) {
        return new PersonQuery(text, unitId, position, active, sortField, ascending, first, pageSize);
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

    public LazyDataModel<Person> getModel() { return model; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public Position getPosition() { return position; }
    public void setPosition(Position position) { this.position = position; }
    public Boolean getActive() { return active; }
    public void setActive(Boolean active) { this.active = active; }
}
