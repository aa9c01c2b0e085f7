package org.childsafe.report.attachments;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Images made in the test, with known metadata planted in them. */
final class TestImages {

    /** The text planted as GPS coordinates; it must never come out. */
    static final String GPS_TEXT = "GPS 21.028511N 105.804817E";

    private TestImages() {
    }

    static byte[] encode(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLUE);
        g.fillRect(2, 2, width / 2, height / 2);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A JPEG with an EXIF APP1 segment whose IFD0 points to a GPS IFD (tag 0x8825) holding GPSLatitudeRef "N" and a
     * GPSAreaInformation text (tag 0x001C) of {@link #GPS_TEXT}, inserted right after SOI as cameras do.
     */
    static byte[] jpegWithGps() {
        byte[] plain = encode("jpeg", 32, 24);
        byte[] area = ("ASCII\0\0\0" + GPS_TEXT).getBytes(StandardCharsets.US_ASCII);
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4 + 2 + 24 + 4 + area.length).order(ByteOrder.BIG_ENDIAN);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        tiff.putShort((short) 1).putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26).putInt(0);
        int areaOffset = 26 + 2 + 24 + 4;
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        tiff.putShort((short) 0x001C).putShort((short) 7).putInt(area.length).putInt(areaOffset);
        tiff.putInt(0).put(area);
        byte[] exif = concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff.array());
        ByteBuffer app1 = ByteBuffer.allocate(4 + exif.length).order(ByteOrder.BIG_ENDIAN);
        app1.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (exif.length + 2)).put(exif);
        return concat(new byte[] {plain[0], plain[1]}, app1.array(), slice(plain, 2, plain.length));
    }

    /** A PNG with a tEXt chunk "Location" = {@link #GPS_TEXT} before IEND. */
    static byte[] pngWithText() {
        byte[] plain = encode("png", 16, 16);
        byte[] text = ("Location\0" + GPS_TEXT).getBytes(StandardCharsets.ISO_8859_1);
        return concat(slice(plain, 0, plain.length - 12), chunk("tEXt", text), slice(plain, plain.length - 12, plain.length));
    }

    /** A PNG whose header claims 100000 × 100000 pixels (a decompression bomb's header). */
    static byte[] pngClaimingHugeSize() {
        byte[] plain = encode("png", 16, 16);
        ByteBuffer ihdr = ByteBuffer.wrap(slice(plain, 16, 29)).order(ByteOrder.BIG_ENDIAN);
        ihdr.putInt(0, 100_000).putInt(4, 100_000);
        return concat(slice(plain, 0, 8), chunk("IHDR", ihdr.array()), slice(plain, 33, plain.length));
    }

    /** A small lossless WebP-shaped file: VP8X with the EXIF flag, a VP8L chunk, and an EXIF chunk with GPS text. */
    static byte[] webpWithExif() {
        byte[] vp8x = {0b0000_1000, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        byte[] vp8l = {0x2F, 0, 0, 0, 0, 0x07, 0, 0, 0, 0};
        byte[] exif = GPS_TEXT.getBytes(StandardCharsets.US_ASCII);
        byte[] body = concat(riffChunk("VP8X", vp8x), riffChunk("VP8L", vp8l), riffChunk("EXIF", exif));
        ByteBuffer out = ByteBuffer.allocate(12 + body.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(4 + body.length)
                .put("WEBP".getBytes(StandardCharsets.US_ASCII)).put(body);
        return out.array();
    }

    static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }

    private static byte[] riffChunk(String fourcc, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(8 + data.length + (data.length & 1)).order(ByteOrder.LITTLE_ENDIAN);
        b.put(fourcc.getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data);
        return b.array();
    }

    private static byte[] chunk(String type, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(12 + data.length).order(ByteOrder.BIG_ENDIAN);
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        b.putInt(data.length).put(typeBytes).put(data).putInt((int) crc.getValue());
        return b.array();
    }

    private static byte[] slice(byte[] bytes, int from, int to) {
        return java.util.Arrays.copyOfRange(bytes, from, to);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
