package cn.gongzhuling.academy.assessment.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongzhuling.academy.assessment.control.EvidenceFile.Kind;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Evidence is judged by content; photos lose their location metadata and stay valid images. */
class EvidenceFileTest {

    @Test
    void theKindComesFromTheContentNotTheName() throws IOException {
        assertEquals(Optional.of(Kind.JPEG), EvidenceFile.detect(jpeg()));
        assertEquals(Optional.of(Kind.PNG), EvidenceFile.detect(png()));
        assertEquals(Optional.of(Kind.PDF), EvidenceFile.detect("%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(Optional.empty(), EvidenceFile.detect("<!DOCTYPE html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), EvidenceFile.detect(("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "onload=\"alert(1)\"/>").getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), EvidenceFile.detect(new byte[0]));
        assertEquals(Optional.empty(), EvidenceFile.detect(new byte[] {(byte) 0xFF, (byte) 0xD8}));
    }

    @Test
    void exifWithGpsIsDroppedFromAJpegAndTheImageStillDecodes() throws IOException {
        byte[] original = jpeg();
        byte[] gps = "Exif\0\0GPSLatitude 43.50N GPSLongitude 124.82E".getBytes(StandardCharsets.ISO_8859_1);
        byte[] withExif = insertAfterSoi(original, segment(0xE1, gps));
        byte[] withComment = insertAfterSoi(withExif, segment(0xFE, "shot at 公主岭".getBytes(StandardCharsets.UTF_8)));
        assertTrue(contains(withComment, "GPSLatitude".getBytes(StandardCharsets.ISO_8859_1)));

        byte[] clean = EvidenceFile.clean(Kind.JPEG, withComment);

        assertFalse(contains(clean, "GPSLatitude".getBytes(StandardCharsets.ISO_8859_1)));
        assertFalse(contains(clean, "公主岭".getBytes(StandardCharsets.UTF_8)));
        assertArrayEquals(original, clean, "only the metadata segments go; the rest is byte for byte");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(clean));
        assertNotNull(image);
        assertEquals(16, image.getWidth());
    }

    @Test
    void textAndExifChunksAreDroppedFromAPng() throws IOException {
        byte[] original = png();
        byte[] withText = insertPngChunkAfterIhdr(original, "tEXt", "Location\0Tiebei street".getBytes(StandardCharsets.ISO_8859_1));
        byte[] clean = EvidenceFile.clean(Kind.PNG, withText);
        assertFalse(contains(clean, "Tiebei".getBytes(StandardCharsets.ISO_8859_1)));
        assertArrayEquals(original, clean);
        assertNotNull(ImageIO.read(new ByteArrayInputStream(clean)));
    }

    @Test
    void aTruncatedPhotoIsMalformed() throws IOException {
        byte[] jpeg = jpeg();
        byte[] headerOnly = Arrays.copyOf(jpeg, 10);
        assertThrows(EvidenceFile.Malformed.class, () -> EvidenceFile.clean(Kind.JPEG, headerOnly));
        byte[] png = png();
        assertThrows(EvidenceFile.Malformed.class, () -> EvidenceFile.clean(Kind.PNG, Arrays.copyOf(png, 20)));
    }

    @Test
    void aPdfIsKeptAsItIs() {
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        assertArrayEquals(pdf, EvidenceFile.clean(Kind.PDF, pdf));
    }

    @Test
    void theStoredNameIsSafeAndCarriesTheRealExtension() {
        assertEquals("evil.png", EvidenceFile.safeName("../../evil.jpg", Kind.PNG));
        assertEquals("心肺复苏 张三.jpg", EvidenceFile.safeName("C:\\photos\\心肺复苏 张三.JPG", Kind.JPEG));
        assertEquals("script.pdf", EvidenceFile.safeName("\"<script>\".pdf", Kind.PDF), "no quotes or brackets");
        assertEquals("evidence.pdf", EvidenceFile.safeName("\";.pdf", Kind.PDF));
        assertEquals("evidence.pdf", EvidenceFile.safeName(null, Kind.PDF));
    }

    static byte[] jpeg() throws IOException {
        BufferedImage image = new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] segment(int marker, byte[] payload) {
        byte[] s = new byte[4 + payload.length];
        s[0] = (byte) 0xFF;
        s[1] = (byte) marker;
        s[2] = (byte) ((payload.length + 2) >> 8);
        s[3] = (byte) (payload.length + 2);
        System.arraycopy(payload, 0, s, 4, payload.length);
        return s;
    }

    private static byte[] insertAfterSoi(byte[] jpeg, byte[] segment) {
        return insert(jpeg, 2, segment);
    }

    private static byte[] insertPngChunkAfterIhdr(byte[] png, String type, byte[] data) {
        byte[] chunk = new byte[12 + data.length];
        chunk[3] = (byte) data.length;
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(t, 0, chunk, 4, 4);
        System.arraycopy(data, 0, chunk, 8, data.length);
        CRC32 crc = new CRC32();
        crc.update(chunk, 4, 4 + data.length);
        long c = crc.getValue();
        int at = 8 + data.length;
        chunk[at] = (byte) (c >> 24);
        chunk[at + 1] = (byte) (c >> 16);
        chunk[at + 2] = (byte) (c >> 8);
        chunk[at + 3] = (byte) c;
        return insert(png, 8 + 25, chunk); // signature + IHDR (12 + 13)
    }

    private static byte[] insert(byte[] into, int at, byte[] what) {
        byte[] out = new byte[into.length + what.length];
        System.arraycopy(into, 0, out, 0, at);
        System.arraycopy(what, 0, out, at, what.length);
        System.arraycopy(into, at, out, at + what.length, into.length - at);
        return out;
    }

    private static boolean contains(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
