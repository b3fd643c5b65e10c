package cn.gongzhuling.academy.catalog.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads an uploaded zip into memory with hard limits, never touching the file
 * system: non-zip content, absolute or "..", backslash or drive paths, too
 * many entries and too much uncompressed data (zip bombs) are refused. Sizes
 * are counted while inflating, never taken from the (forgeable) headers.
 * A single top-level folder (the course folder) is stripped from the paths.
 */
public final class SafeZip {

    /** A refused upload, with a bundle key and arguments. */
    public static final class RefusedException extends Exception {
        private static final long serialVersionUID = 1L;
        private final String key;
        private final transient Object[] args;

        RefusedException(String key, Object... args) {
            super(key);
            this.key = key;
            this.args = args;
        }

        public String key() {
            return key;
        }

        public Object[] args() {
            return args.clone();
        }
    }

    private final long maxZipBytes;
    private final int maxEntries;
    private final long maxTotalBytes;

    public SafeZip(long maxZipBytes, int maxEntries, long maxTotalBytes) {
        this.maxZipBytes = maxZipBytes;
        this.maxEntries = maxEntries;
        this.maxTotalBytes = maxTotalBytes;
    }

    public Map<String, byte[]> read(byte[] zip) throws RefusedException {
        if (zip.length > maxZipBytes) {
            throw new RefusedException("catalog.zip.tooLarge", maxZipBytes / (1024 * 1024));
        }
        // A zip starts with a local file header (PK 3 4), or - when it has no entries at all - with
        // the end of central directory record (PK 5 6); the latter is an empty zip, not a non-zip.
        if (zip.length < 4 || zip[0] != 'P' || zip[1] != 'K'
                || !(zip[2] == 3 && zip[3] == 4 || zip[2] == 5 && zip[3] == 6)) {
            throw new RefusedException("catalog.zip.notZip");
        }
        // ZipInputStream reads local headers front to back and takes a missing or damaged header for
        // the end of the archive, so a truncated upload would otherwise pass with its first files only.
        // The end record (which closes every complete zip) must be there, and list as many entries.
        int declaredEntries = declaredEntries(zip);
        if (declaredEntries < 0) {
            throw new RefusedException("catalog.zip.corrupt");
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        long total = 0;
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > maxEntries) {
                    throw new RefusedException("catalog.zip.tooManyEntries", maxEntries);
                }
                String name = entry.getName();
                checkPath(name);
                if (entry.isDirectory()) {
                    continue;
                }
                byte[] content = readLimited(in, maxTotalBytes - total);
                total += content.length;
                if (files.put(name, content) != null) {
                    throw new RefusedException("catalog.zip.duplicateEntry", name);
                }
            }
        } catch (ZipException e) {
            throw new RefusedException("catalog.zip.corrupt");
        } catch (IOException e) {
            throw new RefusedException("catalog.zip.corrupt");
        }
        if (declaredEntries != ZIP64_ENTRIES && entries != declaredEntries) {
            throw new RefusedException("catalog.zip.corrupt");
        }
        if (files.isEmpty()) {
            throw new RefusedException("catalog.zip.empty");
        }
        return stripCommonFolder(files);
    }

    private static final int END_RECORD = 22;
    private static final int ZIP64_ENTRIES = 0xFFFF;

    /**
     * The entry count of the end of central directory record, or -1 when the zip has none
     * (truncated). Like java.util.zip.ZipFile, the record is found from the end, allowing
     * for its comment, or for padding after it when its central directory is where it says.
     */
    static int declaredEntries(byte[] zip) {
        int lowest = Math.max(0, zip.length - END_RECORD - 0xFFFF);
        for (int i = zip.length - END_RECORD; i >= lowest; i--) {
            if (zip[i] != 'P' || zip[i + 1] != 'K' || zip[i + 2] != 5 || zip[i + 3] != 6) {
                continue;
            }
            int entries = u16(zip, i + 10);
            long centralSize = u32(zip, i + 12);
            if (i + END_RECORD + u16(zip, i + 20) == zip.length) {
                return entries;
            }
            long central = i - centralSize;
            if (centralSize > 0 && central >= 0 && zip[(int) central] == 'P' && zip[(int) central + 1] == 'K'
                    && zip[(int) central + 2] == 1 && zip[(int) central + 3] == 2) {
                return entries;
            }
        }
        return -1;
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int at) {
        return u16(b, at) | (long) u16(b, at + 2) << 16;
    }

    private byte[] readLimited(InputStream in, long allowed) throws IOException, RefusedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long read = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            read += n;
            if (read > allowed) {
                throw new RefusedException("catalog.zip.tooMuchData", maxTotalBytes / (1024 * 1024));
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    static void checkPath(String name) throws RefusedException {
        boolean bad = name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")
                || name.contains("\0");
        for (String part : name.split("/")) {
            if (part.equals("..") || part.equals(".")) {
                bad = true;
            }
        }
        if (bad) {
            throw new RefusedException("catalog.zip.badPath", name);
        }
    }

    private static Map<String, byte[]> stripCommonFolder(Map<String, byte[]> files) {
        String first = files.keySet().iterator().next();
        int slash = first.indexOf('/');
        if (slash < 0) {
            return files;
        }
        String prefix = first.substring(0, slash + 1);
        if (!files.keySet().stream().allMatch(k -> k.startsWith(prefix))) {
            return files;
        }
        Map<String, byte[]> stripped = new LinkedHashMap<>();
        files.forEach((k, v) -> stripped.put(k.substring(prefix.length()), v));
        return stripped;
    }
}
