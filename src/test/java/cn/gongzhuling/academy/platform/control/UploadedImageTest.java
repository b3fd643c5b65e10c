package cn.gongzhuling.academy.platform.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UploadedImageTest {

    /** A JPEG skeleton: SOI, APP0 (JFIF), APP1 (Exif with a "GPS" marker), a DQT, then SOS data and EOI. */
    static byte[] jpegWithExif() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF); out.write(0xD8);
        segment(out, 0xE0, "JFIF\0".getBytes(StandardCharsets.US_ASCII));
        segment(out, 0xE1, "Exif\0\0GPS 43.5N 124.8E".getBytes(StandardCharsets.US_ASCII));
        segment(out, 0xDB, new byte[] {0, 1, 2, 3});
        out.write(0xFF); out.write(0xDA);
        out.writeBytes(new byte[] {0, 4, 1, 2, 9, 9, 9});
        out.write(0xFF); out.write(0xD9);
        return out.toByteArray();
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] body) {
        out.write(0xFF);
        out.write(marker);
        int length = body.length + 2;
        out.write(length >> 8);
        out.write(length & 0xff);
        out.writeBytes(body);
    }

    @Test
    void aJpegLosesItsExifButKeepsItsImageData() throws Exception {
        UploadedImage image = UploadedImage.of(jpegWithExif(), 1000);
        assertEquals(UploadedImage.Kind.JPEG, image.kind());
        String kept = new String(image.content(), StandardCharsets.ISO_8859_1);
        assertFalse(kept.contains("GPS"), "location gone");
        assertEquals(true, kept.contains("JFIF"));
        byte[] tail = {0, 4, 1, 2, 9, 9, 9, (byte) 0xFF, (byte) 0xD9};
        byte[] content = image.content();
        byte[] end = java.util.Arrays.copyOfRange(content, content.length - tail.length, content.length);
        assertArrayEquals(tail, end);
    }

    @Test
    void aPngLosesItsTextChunks() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(out, "IHDR", new byte[13]);
        chunk(out, "tEXt", "Location\0Gongzhuling".getBytes(StandardCharsets.US_ASCII));
        chunk(out, "IDAT", new byte[] {1, 2, 3});
        chunk(out, "IEND", new byte[0]);
        UploadedImage image = UploadedImage.of(out.toByteArray(), 1000);
        assertEquals(UploadedImage.Kind.PNG, image.kind());
        assertFalse(new String(image.content(), StandardCharsets.ISO_8859_1).contains("Gongzhuling"));
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        out.writeBytes(new byte[] {0, 0, (byte) (data.length >> 8), (byte) data.length});
        out.writeBytes(type.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(data);
        out.writeBytes(new byte[4]);
    }

    @Test
    void anythingElseIsRefusedWithAReason() {
        assertEquals("upload.error.notImage", assertThrows(UploadedImage.Rejected.class, () -> UploadedImage.of(
                "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8), 1000)).key());
        assertEquals("upload.error.tooLarge", assertThrows(UploadedImage.Rejected.class,
                () -> UploadedImage.of(jpegWithExif(), 10)).key());
        assertEquals("upload.error.empty", assertThrows(UploadedImage.Rejected.class,
                () -> UploadedImage.of(new byte[0], 10)).key());
        byte[] cut = java.util.Arrays.copyOf(jpegWithExif(), 12);
        assertEquals("upload.error.broken", assertThrows(UploadedImage.Rejected.class,
                () -> UploadedImage.of(cut, 1000)).key());
    }
}
