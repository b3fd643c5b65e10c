package cn.gongzhuling.academy.certification.boundary;

import cn.gongzhuling.academy.certification.control.ReminderAddress;
import cn.gongzhuling.academy.organization.boundary.PersonService;
import cn.gongzhuling.academy.platform.boundary.AppConfig;
import cn.gongzhuling.academy.platform.boundary.BusinessException;
import cn.gongzhuling.academy.security.boundary.AccountService;
import cn.gongzhuling.academy.security.boundary.AuditLog;
import cn.gongzhuling.academy.security.boundary.Caller;
import cn.gongzhuling.academy.security.boundary.CurrentUser;
import cn.gongzhuling.academy.security.boundary.NotInScopeException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * The address reminder mail goes to (table notification_email, one per account): every signed-in
 * user sets or clears their own; an admin sets it for a person in their scope who has a login.
 * Every change is audited in the same transaction.
 */
@ApplicationScoped
@Transactional
public class ReminderAddresses {

    public static final String AUDIT_SET = "REMINDER_EMAIL_SET";
    public static final String AUDIT_CLEARED = "REMINDER_EMAIL_CLEARED";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    PersonService people;

    @Inject
    AccountService accounts;

    @Inject
    AuditLog audit;

    @Inject
    AppConfig config;

    /** Whether the server mails at all (an SMTP host is configured); the pages say so. */
    public boolean mailConfigured() {
        return config.mailSmtpHost().isPresent();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> mine() {
        return read(ownAccount());
    }

    /** Sets (or, with a blank value, clears) the caller's own address; returns the stored one. */
    public Optional<String> setMine(String address) {
        return write(ownAccount(), address);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> ofPerson(Long personId) {
        return read(accountOf(personId));
    }

    /** An admin sets or clears the address of a person in scope; someone outside reads as not found. */
    public Optional<String> setForPerson(Long personId, String address) {
        return write(accountOf(personId), address);
    }

    private Long ownAccount() {
        Caller caller = currentUser.get();
        if (caller.accountId() == null) {
            throw new NotInScopeException();
        }
        return caller.accountId();
    }

    private Long accountOf(Long personId) {
        if (!currentUser.isAdmin()) {
            throw new NotInScopeException();
        }
        people.find(personId); // in the admin's scope, or not found
        return accounts.findForPerson(personId).orElseThrow(() -> new BusinessException("account.email.error.noAccount"))
                .getId();
    }

    private Optional<String> read(Long accountId) {
        List<?> rows = em.createNativeQuery("SELECT email FROM notification_email WHERE account_id = ?1")
                .setParameter(1, accountId).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of((String) rows.get(0));
    }

    private Optional<String> write(Long accountId, String input) {
        Optional<String> address;
        try {
            address = ReminderAddress.normalise(input);
        } catch (ReminderAddress.InvalidAddress e) {
            throw new BusinessException(e.problem().key(), ReminderAddress.MAX);
        }
        Optional<String> before = read(accountId);
        if (before.equals(address)) {
            return address; // a repeated submit changes nothing and records nothing
        }
        int updated = address.isEmpty() ? 0 : em.createNativeQuery("UPDATE notification_email SET email = ?1 "
                + "WHERE account_id = ?2").setParameter(1, address.get()).setParameter(2, accountId).executeUpdate();
        if (address.isEmpty()) {
            em.createNativeQuery("DELETE FROM notification_email WHERE account_id = ?1").setParameter(1, accountId)
                    .executeUpdate();
        } else if (updated == 0) {
            em.createNativeQuery("INSERT INTO notification_email (account_id, email) VALUES (?1, ?2)")
                    .setParameter(1, accountId).setParameter(2, address.get()).executeUpdate();
        }
        audit.record(address.isEmpty() ? AUDIT_CLEARED : AUDIT_SET, "Account", accountId,
                address.map(a -> before.map(b -> b + " -> ").orElse("") + a).orElse(before.orElse("")));
        return address;
    }
}
