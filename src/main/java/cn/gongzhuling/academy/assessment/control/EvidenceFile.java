package cn.gongzhuling.academy.assessment.control;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Evidence files are judged by their content, never their name: a JPEG, PNG or PDF by its magic
 * bytes, anything else (an HTML or SVG page renamed .jpg) refused. Photos leave without their
 * metadata: JPEG APP1 (Exif with GPS, XMP), APP13 (IPTC) and comment segments are dropped, PNG
 * eXIf and text chunks likewise; the image data itself is copied byte for byte.
 */
public final class EvidenceFile {

    /** The accepted kinds, with the media type they are served as and the file extension they get. */
    public enum Kind {
        JPEG("image/jpeg", "jpg"), PNG("image/png", "png"), PDF("application/pdf", "pdf");

        private final String mediaType;
        private final String extension;

        Kind(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String mediaType() { return mediaType; }
        public String extension() { return extension; }
    }

    /** Thrown for a file whose structure breaks off or contradicts itself. */
    public static final class Malformed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message);
        }
    }

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] PDF_SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final Set<String> PNG_METADATA_CHUNKS = Set.of("eXIf", "tEXt", "zTXt", "iTXt", "tIME");
    private static final int APP1 = 0xE1;
    private static final int APP13 = 0xED;
    private static final int COM = 0xFE;
    private static final int SOS = 0xDA;

    private EvidenceFile() {
    }

    public static Optional<Kind> detect(byte[] content) {
        if (content.length >= 3 && (content[0] & 0xff) == 0xFF && (content[1] & 0xff) == 0xD8
                && (content[2] & 0xff) == 0xFF) {
            return Optional.of(Kind.JPEG);
        }
        if (startsWith(content, PNG_SIGNATURE)) {
            return Optional.of(Kind.PNG);
        }
        if (startsWith(content, PDF_SIGNATURE)) {
            return Optional.of(Kind.PDF);
        }
        return Optional.empty();
    }

    /** The content to store: photos without metadata, PDFs as they are. */
    public static byte[] clean(Kind kind, byte[] content) {
        return switch (kind) {
            case JPEG -> stripJpeg(content);
            case PNG -> stripPng(content);
            case PDF -> content;
        };
    }

    /** A file name safe to show and to put in a Content-Disposition header, with the extension of its real kind. */
    public static String safeName(String original, Kind kind) {
        String base = original == null ? "" : original.replaceAll(".*[/\\\\]", "");
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        base = base.replaceAll("[^\\p{L}\\p{N}_\\- ]", "").trim();
        if (base.isEmpty()) {
            base = "evidence";
        }
        if (base.length() > 80) {
            base = base.substring(0, 80);
        }
        return base + "." + kind.extension();
    }

    static byte[] stripJpeg(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, 2); // SOI
        int i = 2;
        while (i < in.length) {
            if ((in[i] & 0xff) != 0xFF) {
                throw new Malformed("JPEG marker expected at " + i);
            }
            int marker = in[i + 1 < in.length ? i + 1 : i] & 0xff;
            if (marker == 0xFF) { // fill byte
                i++;
                continue;
            }
            if (marker == SOS || marker == 0xD9) {
                out.write(in, i, in.length - i); // entropy-coded data to the end: no metadata there
                return out.toByteArray();
            }
            if (i + 3 >= in.length) {
                throw new Malformed("JPEG segment header cut off at " + i);
            }
            int length = ((in[i + 2] & 0xff) << 8) | (in[i + 3] & 0xff);
            if (length < 2 || i + 2 + length > in.length) {
                throw new Malformed("JPEG segment length out of range at " + i);
            }
            boolean metadata = marker == APP1 || marker == APP13 || marker == COM;
            if (!metadata) {
                out.write(in, i, 2 + length);
            }
            i += 2 + length;
        }
        throw new Malformed("JPEG without image data");
    }

    static byte[] stripPng(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, PNG_SIGNATURE.length);
        int i = PNG_SIGNATURE.length;
        while (i < in.length) {
            if (i + 8 > in.length) {
                throw new Malformed("PNG chunk header cut off at " + i);
            }
            long length = ((in[i] & 0xffL) << 24) | ((in[i + 1] & 0xff) << 16) | ((in[i + 2] & 0xff) << 8)
                    | (in[i + 3] & 0xff);
            String type = new String(in, i + 4, 4, StandardCharsets.US_ASCII);
            long total = 12 + length;
            if (i + total > in.length) {
                throw new Malformed("PNG chunk " + type + " longer than the file");
            }
            if (!PNG_METADATA_CHUNKS.contains(type)) {
                out.write(in, i, (int) total);
            }
            i += (int) total;
            if ("IEND".equals(type)) {
                return out.toByteArray();
            }
        }
        throw new Malformed("PNG without IEND");
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
