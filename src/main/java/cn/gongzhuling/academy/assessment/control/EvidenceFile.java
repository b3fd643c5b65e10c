package cn.gongzhuling.academy.assessment.control;

import cn.gongzhuling.academy.platform.control.UploadedImage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Evidence files are judged by their content, never their name: a JPEG, PNG or PDF by its magic
 * bytes, anything else (an HTML or SVG page renamed .jpg) refused. Photos are checked and leave
 * without their metadata exactly as every other upload ({@link UploadedImage}); a PDF is kept as it is.
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

    private static final byte[] PDF_SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private EvidenceFile() {
    }

    public static Optional<Kind> detect(byte[] content) {
        Optional<UploadedImage.Kind> photo = UploadedImage.detect(content);
        if (photo.isPresent()) {
            return Optional.of(photo.get() == UploadedImage.Kind.JPEG ? Kind.JPEG : Kind.PNG);
        }
        if (startsWith(content, PDF_SIGNATURE)) {
            return Optional.of(Kind.PDF);
        }
        return Optional.empty();
    }

    /** The content to store: photos without metadata (as {@link UploadedImage} cleans them), PDFs as they are. */
    public static byte[] clean(Kind kind, byte[] content) {
        try {
            return switch (kind) {
                case JPEG -> UploadedImage.withoutMetadata(UploadedImage.Kind.JPEG, content);
                case PNG -> UploadedImage.withoutMetadata(UploadedImage.Kind.PNG, content);
                case PDF -> content;
            };
        } catch (IllegalArgumentException e) {
            throw new Malformed(e.getMessage());
        }
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

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
