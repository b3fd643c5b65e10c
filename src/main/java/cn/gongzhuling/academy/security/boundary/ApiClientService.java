package cn.gongzhuling.academy.security.boundary;

import cn.gongzhuling.academy.organization.boundary.OrgUnitService;
import cn.gongzhuling.academy.organization.entity.OrgUnit;
import cn.gongzhuling.academy.platform.boundary.BusinessException;
import cn.gongzhuling.academy.security.control.PasswordHasher;
import cn.gongzhuling.academy.security.entity.ApiClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Integration clients of the REST and xAPI endpoints. Admins create them (the generated secret is
 * returned once and never stored in clear) and deactivate them; {@link #authenticate(String)}
 * checks an HTTP Basic header against them for every API request.
 *
 * <p>Secrets are 256 random bits, so unlike passwords they cannot be guessed from a dictionary:
 * they are hashed with {@link PasswordHasher} at {@value #SECRET_ITERATIONS} iterations, which keeps
 * a batch intake fast while a leaked table still reveals no usable secret.
 */
@ApplicationScoped
@Transactional
public class ApiClientService {

    public static final int SECRET_ITERATIONS = 1000;
    private static final int SECRET_BYTES = 32;
    private static final int HEADER_MAX = 512;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final PasswordHasher HASHER = new PasswordHasher(SECRET_ITERATIONS);
    /** Verified when the name is unknown, so a wrong name costs as long as a wrong secret. */
    private static final String DUMMY_HASH = HASHER.hash("not-a-secret".toCharArray());

    /** A new client and its secret in clear: shown to the admin once. */
    public record Created(ApiClient client, String secret) {
        public ApiClient getClient() { return client; }
        public String getSecret() { return secret; }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    OrgUnitService units;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public Created create(String name, Long scopeUnitId) {
        requireAdmin();
        String clean = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        if (!clean.matches(ApiClient.NAME_PATTERN) || clean.length() > ApiClient.NAME_MAX) {
            throw new BusinessException("apiClient.error.name");
        }
        if (scopeUnitId == null) {
            throw new BusinessException("apiClient.error.scope");
        }
        OrgUnit scope = units.find(scopeUnitId);
        boolean taken = !em.createQuery("select c.id from ApiClient c where c.name = :n", Long.class)
                .setParameter("n", clean).getResultList().isEmpty();
        if (taken) {
            throw new BusinessException("apiClient.error.nameTaken", clean);
        }
        byte[] raw = new byte[SECRET_BYTES];
        RANDOM.nextBytes(raw);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        ApiClient client = new ApiClient(clean, HASHER.hash(secret.toCharArray()), scope,
                LocalDateTime.now(clock), currentUser.getUsername());
        em.persist(client);
        em.flush();
        audit.record("API_CLIENT_CREATED", "ApiClient", client.getId(), clean + " scope " + scope.getCode());
        return new Created(client, secret);
    }

    public void setActive(Long id, long expectedVersion, boolean active) {
        requireAdmin();
        ApiClient client = id == null ? null : em.find(ApiClient.class, id);
        if (client == null) {
            throw new NotInScopeException();
        }
        if (client.getVersion() != expectedVersion) {
            throw new OptimisticLockException();
        }
        client.setActive(active);
        audit.record(active ? "API_CLIENT_ACTIVATED" : "API_CLIENT_DEACTIVATED", "ApiClient", id, client.getName());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApiClient> list() {
        requireAdmin();
        return em.createQuery("select c from ApiClient c join fetch c.scope order by c.active desc, c.name",
                ApiClient.class).getResultList();
    }

    /**
     * The active client whose name and secret the {@code Authorization: Basic ...} header carries;
     * empty for a missing, malformed or wrong header or an inactive client. Never throws for bad input.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ApiCaller> authenticate(String basicHeader) {
        if (basicHeader == null || basicHeader.length() > HEADER_MAX
                || !basicHeader.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            byte[] bytes = Base64.getDecoder().decode(basicHeader.substring(6).trim());
            decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String name = decoded.substring(0, colon);
        char[] secret = decoded.substring(colon + 1).toCharArray();
        List<Object[]> rows = name.length() > ApiClient.NAME_MAX ? List.of()
                : em.createQuery("select c.id, c.name, c.secretHash, s.id, s.path from ApiClient c join c.scope s "
                        + "where c.name = :n and c.active = :a", Object[].class)
                .setParameter("n", name).setParameter("a", true).getResultList();
        if (rows.isEmpty()) {
            HASHER.verify(secret, DUMMY_HASH);
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        if (!HASHER.verify(secret, (String) r[2])) {
            return Optional.empty();
        }
        return Optional.of(new ApiCaller((Long) r[0], (String) r[1], (Long) r[3], (String) r[4]));
    }

    private void requireAdmin() {
        if (!currentUser.isAdmin()) {
            throw new NotInScopeException();
        }
    }
}
