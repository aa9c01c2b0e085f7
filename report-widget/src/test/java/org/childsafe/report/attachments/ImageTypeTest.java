package org.childsafe.report.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ImageTypeTest {

    @Test
    void theTypeComesFromTheBytes() {
        assertThat(ImageType.sniff(TestImages.encode("png", 4, 4))).contains(ImageType.PNG);
        assertThat(ImageType.sniff(TestImages.encode("jpeg", 4, 4))).contains(ImageType.JPEG);
        assertThat(ImageType.sniff(TestImages.encode("gif", 4, 4))).contains(ImageType.GIF);
        assertThat(ImageType.sniff(TestImages.webpWithExif())).contains(ImageType.WEBP);
    }

    @Test
    void otherContentIsNoImage() {
        assertThat(ImageType.sniff("MZ\u0090\u0000 executable header".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(ImageType.sniff("<html><body>hello</body></html>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(ImageType.sniff("RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(ImageType.sniff(new byte[3])).isEmpty();
        assertThat(ImageType.sniff(null)).isEmpty();
    }
}
