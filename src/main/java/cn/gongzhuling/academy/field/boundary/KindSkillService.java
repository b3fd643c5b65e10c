package cn.gongzhuling.academy.field.boundary;

import cn.gongzhuling.academy.catalog.boundary.CatalogService;
import cn.gongzhuling.academy.field.entity.FieldKind;
import cn.gongzhuling.academy.field.entity.KindSkill;
import cn.gongzhuling.academy.platform.boundary.BusinessException;
import cn.gongzhuling.academy.security.boundary.AuditLog;
import cn.gongzhuling.academy.security.boundary.CurrentUser;
import cn.gongzhuling.academy.security.boundary.NotInScopeException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Which skills each kind of field work uses (admins only). A change applies to records saved from
 * then on; records already saved keep the skills, and certification facts, of their day.
 */
@ApplicationScoped
@Transactional
public class KindSkillService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    CatalogService catalog;

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<KindSkill> list() {
        requireAdmin();
        return em.createQuery("select k from KindSkill k order by k.kind, k.skillCode", KindSkill.class).getResultList();
    }

    public KindSkill add(FieldKind kind, String skillCode) {
        requireAdmin();
        if (kind == null) {
            throw new BusinessException("field.error.kind");
        }
        boolean known = skillCode != null && catalog.skills().stream().anyMatch(s -> s.getCode().equals(skillCode));
        if (!known) {
            throw new BusinessException("kindSkill.error.skill");
        }
        boolean exists = !em.createQuery("select k.id from KindSkill k where k.kind = :k and k.skillCode = :s", Long.class)
                .setParameter("k", kind).setParameter("s", skillCode).getResultList().isEmpty();
        if (exists) {
            throw new BusinessException("kindSkill.error.duplicate");
        }
        KindSkill mapping = new KindSkill(kind, skillCode);
        em.persist(mapping);
        audit.record("KIND_SKILL_ADDED", "KindSkill", mapping.getId(), kind + " -> " + skillCode);
        return mapping;
    }

    public void remove(Long id) {
        requireAdmin();
        KindSkill mapping = id == null ? null : em.find(KindSkill.class, id);
        if (mapping == null) {
            throw new NotInScopeException();
        }
        em.remove(mapping);
        audit.record("KIND_SKILL_REMOVED", "KindSkill", id, mapping.getKind() + " -> " + mapping.getSkillCode());
    }

    private void requireAdmin() {
        if (!currentUser.isAdmin()) {
            throw new NotInScopeException();
        }
    }
}
