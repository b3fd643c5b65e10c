package cn.gongzhuling.academy.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Files written for rows of the current transaction (an uploaded photo, evidence): a file is
 * written before its row commits, so when the transaction rolls back instead the file would stay
 * on disk with nothing pointing at it. Registered files are deleted then.
 */
@ApplicationScoped
public class FilesOfTransaction {

    private static final Logger LOG = Logger.getLogger(FilesOfTransaction.class.getName());

    @Resource
    TransactionSynchronizationRegistry registry;

    /** Deletes the file when the current transaction does not commit; requires a transaction. */
    public void deleteOnRollback(Path file) {
        if (registry.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            throw new IllegalStateException("a file of a transaction needs a transaction: " + file.getFileName());
        }
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing before: the rows decide
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    delete(file);
                }
            }
        });
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete " + file + " of a rolled-back transaction", e);
        }
    }
}
