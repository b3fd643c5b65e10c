package cn.gongzhuling.academy.platform.control;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * A photo uploaded by a user (field records, assessment evidence), judged by its content and never
 * by its name or declared type: a JPEG or PNG by its magic bytes, anything else (an HTML page
 * renamed .jpg, an SVG) refused. The stored copy loses its metadata — JPEG APP1 (Exif with GPS
 * position, XMP), APP13 (IPTC) and comments; PNG eXIf, text and time chunks — while the image data
 * is copied byte for byte. The size limit is the caller's (a typed config key).
 */
public final class UploadedImage {

    /** The accepted kinds, with the media type they are served as and the file extension they get. */
    public enum Kind {
        JPEG("image/jpeg", "jpg"), PNG("image/png", "png");

        private final String mediaType;
        private final String extension;

        Kind(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String mediaType() { return mediaType; }
        public String extension() { return extension; }
    }

    /** Why an upload was refused; {@link #key()} is a bundle key. */
    public static final class Rejected extends Exception {
        private static final long serialVersionUID = 1L;
        private final String key;

        Rejected(String key) {
            super(key);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final Set<String> PNG_METADATA = Set.of("eXIf", "tEXt", "zTXt", "iTXt", "tIME");

    private final Kind kind;
    private final byte[] content;

    private UploadedImage(Kind kind, byte[] content) {
        this.kind = kind;
        this.content = content;
    }

    /**
     * Checks and cleans an upload: empty, too large ({@code upload.error.tooLarge}), not a JPEG or
     * PNG ({@code upload.error.notImage}) or broken ({@code upload.error.broken}) are refused.
     */
    public static UploadedImage of(byte[] data, long maxBytes) throws Rejected {
        if (data == null || data.length == 0) {
            throw new Rejected("upload.error.empty");
        }
        if (data.length > maxBytes) {
            throw new Rejected("upload.error.tooLarge");
        }
        Kind kind = detect(data).orElseThrow(() -> new Rejected("upload.error.notImage"));
        try {
            return new UploadedImage(kind, withoutMetadata(kind, data));
        } catch (IllegalArgumentException e) {
            throw new Rejected("upload.error.broken");
        }
    }

    /**
     * The photo without its metadata segments or chunks, image data unchanged.
     *
     * @throws IllegalArgumentException if the file's structure breaks off or contradicts itself
     */
    public static byte[] withoutMetadata(Kind kind, byte[] data) {
        try {
            return kind == Kind.JPEG ? stripJpeg(data) : stripPng(data);
        } catch (IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("photo structure cut off", e);
        }
    }

    public static Optional<Kind> detect(byte[] data) {
        if (data.length >= 3 && (data[0] & 0xff) == 0xFF && (data[1] & 0xff) == 0xD8 && (data[2] & 0xff) == 0xFF) {
            return Optional.of(Kind.JPEG);
        }
        if (data.length >= PNG_SIGNATURE.length
                && Arrays.equals(Arrays.copyOf(data, PNG_SIGNATURE.length), PNG_SIGNATURE)) {
            return Optional.of(Kind.PNG);
        }
        return Optional.empty();
    }

    public Kind kind() {
        return kind;
    }

    /** The cleaned bytes to store. */
    public byte[] content() {
        return content.clone();
    }

    static byte[] stripJpeg(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, 2);
        int i = 2;
        while (i < in.length) {
            if ((in[i] & 0xff) != 0xFF || i + 1 >= in.length) {
                throw new IllegalArgumentException("JPEG marker expected at " + i);
            }
            int marker = in[i + 1] & 0xff;
            if (marker == 0xFF) {
                i++;
                continue;
            }
            if (marker == 0xDA || marker == 0xD9) { // start of scan or end: image data to the end
                out.write(in, i, in.length - i);
                return out.toByteArray();
            }
            if (i + 3 >= in.length) {
                throw new IllegalArgumentException("JPEG segment cut off at " + i);
            }
            int length = ((in[i + 2] & 0xff) << 8) | (in[i + 3] & 0xff);
            if (length < 2 || i + 2 + length > in.length) {
                throw new IllegalArgumentException("JPEG segment length out of range at " + i);
            }
            if (marker != 0xE1 && marker != 0xED && marker != 0xFE) {
                out.write(in, i, 2 + length);
            }
            i += 2 + length;
        }
        throw new IllegalArgumentException("JPEG without image data");
    }

    static byte[] stripPng(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, PNG_SIGNATURE.length);
        int i = PNG_SIGNATURE.length;
        while (i < in.length) {
            if (i + 8 > in.length) {
                throw new IllegalArgumentException("PNG chunk header cut off at " + i);
            }
            long length = ((in[i] & 0xffL) << 24) | ((in[i + 1] & 0xff) << 16) | ((in[i + 2] & 0xff) << 8) | (in[i + 3] & 0xff);
            String type = new String(in, i + 4, 4, java.nio.charset.StandardCharsets.US_ASCII);
            long total = 12 + length;
            if (i + total > in.length) {
                throw new IllegalArgumentException("PNG chunk longer than the file at " + i);
            }
            if (!PNG_METADATA.contains(type)) {
                out.write(in, i, (int) total);
            }
            i += (int) total;
            if ("IEND".equals(type)) {
                return out.toByteArray();
            }
        }
        throw new IllegalArgumentException("PNG without IEND");
    }
}
