package cn.gongzhuling.academy.assessment.boundary;

import cn.gongzhuling.academy.assessment.control.EvidenceFile;
import cn.gongzhuling.academy.assessment.entity.AssessmentResult;
import cn.gongzhuling.academy.assessment.entity.Evidence;
import cn.gongzhuling.academy.assessment.entity.ResultStatus;
import cn.gongzhuling.academy.platform.boundary.AppConfig;
import cn.gongzhuling.academy.platform.boundary.BusinessException;
import cn.gongzhuling.academy.platform.boundary.FilesOfTransaction;
import cn.gongzhuling.academy.security.boundary.AuditLog;
import cn.gongzhuling.academy.security.boundary.Caller;
import cn.gongzhuling.academy.security.boundary.CurrentUser;
import cn.gongzhuling.academy.security.boundary.NotInScopeException;
import cn.gongzhuling.academy.security.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.UUID;

/**
 * Evidence for an attempt: a photo (JPEG/PNG, metadata stripped) or a PDF, at most
 * {@link AppConfig#evidenceMaxBytes()}, judged by content. Files live under
 * {@code <app.data.dir>/evidence} with random names; only the assessing instructors (in scope) and
 * the trainee themselves may download them. A file whose row does not commit is deleted again.
 */
@ApplicationScoped
@Transactional
public class EvidenceService {

    static final String DIRECTORY = "evidence";

    @PersistenceContext
    EntityManager em;

    @Inject
    GradeWriter writer;

    @Inject
    CurrentUser currentUser;

    @Inject
    AppConfig config;

    @Inject
    AuditLog audit;

    @Inject
    FilesOfTransaction files;

    @Inject
    Clock clock;

    /** A file to send back: its bytes' location, its media type and its download name. */
    public record Download(Path path, String mediaType, String fileName, long size) {
    }

    public long maxBytes() {
        return config.evidenceMaxBytes();
    }

    public static String megabytes(long bytes, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(bytes / (1024.0 * 1024.0)) + " MB";
    }

    public Long upload(Long resultId, String originalName, InputStream content, Locale locale) {
        AssessmentResult result = writer.gradable(resultId);
        if (result.getStatus() != ResultStatus.DRAFT && result.getStatus() != ResultStatus.AWAITING_SECOND) {
            throw new BusinessException("assess.error.locked");
        }
        long max = config.evidenceMaxBytes();
        byte[] bytes;
        try {
            bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > max) {
            throw new BusinessException("assess.error.evidenceTooLarge", megabytes(max, locale));
        }
        EvidenceFile.Kind kind = EvidenceFile.detect(bytes)
                .orElseThrow(() -> new BusinessException("assess.error.evidenceType"));
        byte[] clean;
        try {
            clean = EvidenceFile.clean(kind, bytes);
        } catch (EvidenceFile.Malformed e) {
            throw new BusinessException("assess.error.evidenceBroken");
        }
        String stored = UUID.randomUUID() + "." + kind.extension();
        Path dir = config.dataDir().resolve(DIRECTORY);
        files.deleteOnRollback(dir.resolve(stored));
        try {
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, "upload-", ".part");
            Files.write(temp, clean);
            Files.move(temp, dir.resolve(stored), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Evidence evidence = new Evidence(result, EvidenceFile.safeName(originalName, kind), kind.mediaType(),
                clean.length, stored, currentUser.get().username(), LocalDateTime.now(clock));
        em.persist(evidence);
        em.flush();
        audit.record("EVIDENCE_ADDED", "AssessmentResult", result.getId(), evidence.getFileName());
        return evidence.getId();
    }

    /** The file if the caller may see it: an instructor in scope, or the trainee it is about. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Download open(Long evidenceId) {
        Evidence evidence = evidenceId == null ? null : em.find(Evidence.class, evidenceId);
        if (evidence == null) {
            throw new NotInScopeException();
        }
        AssessmentResult result = evidence.getResult();
        Caller caller = currentUser.get();
        boolean own = caller.personId() != null && caller.personId().equals(result.getPersonId())
                && result.getStatus() == ResultStatus.SIGNED;
        if (!own) {
            if (!caller.has(Role.INSTRUCTOR)) {
                throw new NotInScopeException();
            }
            writer.gradable(result.getId());
        }
        Path path = config.dataDir().resolve(DIRECTORY).resolve(evidence.getStoredName());
        if (!Files.isRegularFile(path)) {
            throw new NotInScopeException();
        }
        return new Download(path, evidence.getMediaType(), evidence.getFileName(), evidence.getSizeBytes());
    }
}
