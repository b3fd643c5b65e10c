package cn.gongzhuling.academy.organization.boundary;

import cn.gongzhuling.academy.organization.control.PeopleCsv;
import cn.gongzhuling.academy.organization.control.UnitCsv;
import cn.gongzhuling.academy.platform.boundary.AppConfig;
import cn.gongzhuling.academy.platform.control.CsvReader;
import cn.gongzhuling.academy.platform.control.CsvTable;
import cn.gongzhuling.academy.platform.control.ImportErrors;
import cn.gongzhuling.academy.security.boundary.AuditLog;
import cn.gongzhuling.academy.security.boundary.Caller;
import cn.gongzhuling.academy.security.boundary.CurrentUser;
import cn.gongzhuling.academy.security.boundary.NotInScopeException;
import cn.gongzhuling.academy.security.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * CSV import of people (admins, and organisers within their scope) and of org units (admins).
 * The file is checked by its content, never its name: at most {@link AppConfig#csvMaxBytes()},
 * UTF-8, the expected columns. Every row is validated before anything is written; with any
 * problem nothing is written and the problems come back with line and column, worded in the
 * given language. Otherwise everything is written in this one transaction, matched by staff
 * number or unit code, so importing the same file twice changes nothing the second time.
 */
@ApplicationScoped
@Transactional
public class ImportService {

    @Inject
    CurrentUser currentUser;

    @Inject
    AppConfig config;

    @Inject
    AuditLog audit;

    @Inject
    PeopleImport peopleImport;

    @Inject
    UnitImport unitImport;

    @Transactional(Transactional.TxType.SUPPORTS)
    public long maxBytes() {
        return config.csvMaxBytes();
    }

    public ImportResult importPeople(InputStream in, Locale locale) {
        Caller caller = currentUser.get();
        if (!caller.isAdmin() && !caller.has(Role.ORGANIZER)) {
            throw new NotInScopeException();
        }
        ImportErrors errors = new ImportErrors();
        CsvTable table = table(in, PeopleCsv.REQUIRED, PeopleCsv.OPTIONAL, errors, locale);
        if (!errors.isEmpty()) {
            return ImportResult.failed(errors, locale);
        }
        ImportResult result = peopleImport.run(table, errors, locale);
        record(result, "Person", "people");
        return result;
    }

    public ImportResult importUnits(InputStream in, Locale locale) {
        if (!currentUser.isAdmin()) {
            throw new NotInScopeException();
        }
        ImportErrors errors = new ImportErrors();
        CsvTable table = table(in, UnitCsv.REQUIRED, List.of(), errors, locale);
        if (!errors.isEmpty()) {
            return ImportResult.failed(errors, locale);
        }
        ImportResult result = unitImport.run(table, errors, locale);
        record(result, "OrgUnit", "units");
        return result;
    }

    private void record(ImportResult result, String entityType, String what) {
        if (result.ok()) {
            audit.record("IMPORT", entityType, null, what + " CSV: " + result.added() + " added, "
                    + result.updated() + " updated, " + result.unchanged() + " unchanged");
        }
    }

    /** Reads at most the limit plus one byte, so an oversized upload is never held in full. */
    private CsvTable table(InputStream in, List<String> required, List<String> optional, ImportErrors errors,
                           Locale locale) {
        long max = config.csvMaxBytes();
        byte[] data;
        try {
            data = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8L));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (data.length > max) {
            errors.add(0, "", "import.error.tooLarge", megabytes(max, locale));
            return CsvTable.broken();
        }
        return CsvReader.read(data, required, optional, errors);
    }

    /** A byte count as megabytes for messages, e.g. "5 MB". */
    public static String megabytes(long bytes, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(bytes / (1024.0 * 1024.0)) + " MB";
    }
}
