package cn.gongzhuling.academy.organization.boundary;

import cn.gongzhuling.academy.organization.entity.OrgLevel;
import cn.gongzhuling.academy.organization.entity.OrgUnit;
import cn.gongzhuling.academy.platform.boundary.BusinessException;
import cn.gongzhuling.academy.platform.boundary.FacesMessages;
import cn.gongzhuling.academy.platform.boundary.UserLocale;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.event.NodeExpandEvent;
import org.primefaces.event.NodeSelectEvent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * The organisation tree page: a lazily expanded tree on the left, the selected
 * unit's details and actions on the right.
 */
@Named
@ViewScoped
public class OrgView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PLACEHOLDER = "placeholder";

    @Inject
    OrgUnitService units;

    @Inject
    FacesMessages messages;

    @Inject
    UserLocale userLocale;

    private TreeNode<Object> root;
    private TreeNode<Object> selectedNode;
    private Long unitParam;
    private OrgUnit selected;
    private UnitForm form = new UnitForm();
    private UnitForm child = new UnitForm();
    private Long moveTarget;

    @PostConstruct
    void init() {
        root = new DefaultTreeNode<>("root", null);
        List<OrgUnit> roots = units.roots();
        addNodes(root, roots);
        root.getChildren().forEach(this::expand);
    }

    /** Selects the unit given as ?unit= in the URL (e.g. from the home page). */
    public void onLoad() {
        if (unitParam != null && selected == null) {
            try {
                select(units.find(unitParam));
            } catch (BusinessException e) {
                messages.error(e);
            }
        }
    }

    public void onExpand(NodeExpandEvent event) {
        expand(event.getTreeNode());
    }

    public void onSelect(NodeSelectEvent event) {
        if (event.getTreeNode().getData() instanceof OrgUnit unit) {
            select(units.find(unit.getId()));
        }
    }

    public void save() {
        run(() -> {
            OrgUnit saved = units.update(selected.getId(), form.getVersion(), form.getCode(), form.getNameZh(),
                    form.getNameEn());
            refresh(saved);
            messages.info("org.updated", name(saved));
        });
    }

    public void createChild() {
        run(() -> {
            OrgUnit created = units.create(selected.getId(), child.getCode(), child.getNameZh(), child.getNameEn());
            child = new UnitForm();
            rebuildSelectedChildren();
            messages.info("org.created", name(created));
        });
    }

    public void move() {
        run(() -> {
            OrgUnit moved = units.move(selected.getId(), form.getVersion(), moveTarget);
            moveTarget = null;
            init();
            select(units.find(moved.getId()));
            messages.info("org.moved", name(moved));
        });
    }

    public void delete() {
        run(() -> {
            String name = name(selected);
            units.delete(selected.getId(), form.getVersion());
            selected = null;
            selectedNode = null;
            init();
            messages.info("org.deleted", name);
        });
    }

    public void toggleActive() {
        run(() -> {
            boolean activate = !selected.isActive();
            units.setActive(selected.getId(), form.getVersion(), activate);
            refresh(units.find(selected.getId()));
            messages.info(activate ? "org.activated" : "org.deactivated", name(selected));
        });
    }

    /** Units the selected one may move under: same level as its current parent, outside its own subtree. */
    public List<OrgUnit> getMoveTargets() {
        if (selected == null || selected.getParent() == null) {
            return List.of();
        }
        OrgLevel parentLevel = OrgLevel.values()[selected.getLevel().ordinal() - 1];
        return units.search(null, parentLevel, 1000).stream()
                .filter(u -> !u.getId().equals(selected.getParent().getId()))
                .toList();
    }

    public long getPeopleCount() {
        return selected == null ? 0 : units.activePeopleIn(selected);
    }

    public String name(OrgUnit unit) {
        return unit.name(userLocale.getLocale());
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (OptimisticLockException e) {
            messages.error("error.conflict");
        } catch (BusinessException e) {
            messages.error(e);
        } catch (jakarta.transaction.TransactionalException e) {
            if (e.getCause() instanceof OptimisticLockException) {
                messages.error("error.conflict");
            } else {
                throw e;
            }
        }
    }

    private void select(OrgUnit unit) {
        selected = unit;
        form = UnitForm.of(unit);
        child = new UnitForm();
        moveTarget = null;
    }

    private void refresh(OrgUnit unit) {
        select(unit);
        if (selectedNode instanceof DefaultTreeNode<Object> node) {
            node.setData(unit);
        }
    }

    private void rebuildSelectedChildren() {
        if (selectedNode != null) {
            selectedNode.getChildren().clear();
            selectedNode.getChildren().add(new DefaultTreeNode<>(PLACEHOLDER, null));
            expand(selectedNode);
            selectedNode.setExpanded(true);
        } else {
            init();
        }
    }

    private void expand(TreeNode<Object> node) {
        boolean unloaded = node.getChildCount() == 1 && PLACEHOLDER.equals(node.getChildren().get(0).getData());
        if (unloaded && node.getData() instanceof OrgUnit unit) {
            node.getChildren().clear();
            addNodes(node, units.children(unit.getId()));
        }
        node.setExpanded(true);
    }

    private void addNodes(TreeNode<Object> parent, List<OrgUnit> list) {
        Map<Long, Long> counts = units.childCounts(list.stream().map(OrgUnit::getId).toList());
        for (OrgUnit unit : list) {
            TreeNode<Object> node = new DefaultTreeNode<>(unit.getLevel().name(), unit, parent);
            if (counts.getOrDefault(unit.getId(), 0L) > 0) {
                new DefaultTreeNode<>(PLACEHOLDER, PLACEHOLDER, node);
            }
        }
    }

    public TreeNode<Object> getRoot() { return root; }
    public TreeNode<Object> getSelectedNode() { return selectedNode; }
    public void setSelectedNode(TreeNode<Object> selectedNode) { this.selectedNode = selectedNode; }
    public OrgUnit getSelected() { return selected; }
    public UnitForm getForm() { return form; }
    public UnitForm getChild() { return child; }
    public Long getMoveTarget() { return moveTarget; }
    public void setMoveTarget(Long moveTarget) { this.moveTarget = moveTarget; }
    public Long getUnitParam() { return unitParam; }
    public void setUnitParam(Long unitParam) { this.unitParam = unitParam; }
}
