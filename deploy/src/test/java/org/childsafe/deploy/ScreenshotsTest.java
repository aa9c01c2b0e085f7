package org.childsafe.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The picture half of {@link Screenshots}: what it writes for a browser's screenshot, without a browser. */
class ScreenshotsTest {

    @TempDir
    Path dir;

    @Test
    void writesTheCroppedPartAsAnOpaquePngInAFolderItCreates() throws Exception {
        Path file = dir.resolve("guides/images/report-receipt.vi.png");

        Screenshots.save(screenshot(400, 300), new Rectangle(100, 50, 200, 120), file);

        BufferedImage written = ImageIO.read(file.toFile());
        assertThat(written).as("a PNG ImageIO reads back").isNotNull();
        assertThat(written.getWidth()).isEqualTo(200);
        assertThat(written.getHeight()).isEqualTo(120);
        assertThat(written.getColorModel().hasAlpha()).isFalse();
        assertThat(new Color(written.getRGB(0, 0))).as("the crop starts inside the red block").isEqualTo(Color.RED);
        assertThat(new Color(written.getRGB(199, 119))).as("and ends in the blue corner").isEqualTo(Color.BLUE);
        assertThat(Files.readAllBytes(file)).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void aPictureWithMoreThan256ColoursKeepsTheFrequentOnesAndMapsARareOneToTheNearest() {
        BufferedImage greys = new BufferedImage(256, 11, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 256; x++) {
            for (int y = 0; y < 10; y++) {
                greys.setRGB(x, y, x << 16 | x << 8 | x);
            }
            greys.setRGB(x, 10, x << 16 | x << 8 | x);
        }
        greys.setRGB(7, 10, 100 << 16 | 101 << 8 | 100);

        BufferedImage reduced = Screenshots.withPalette(greys);

        assertThat(reduced.getColorModel()).isInstanceOf(java.awt.image.IndexColorModel.class);
        assertThat(((java.awt.image.IndexColorModel) reduced.getColorModel()).getMapSize()).isEqualTo(256);
        for (int x = 0; x < 256; x++) {
            assertThat(reduced.getRGB(x, 0) & 0xFFFFFF).as("grey " + x + " kept exactly").isEqualTo(greys.getRGB(x, 0) & 0xFFFFFF);
        }
        assertThat(reduced.getRGB(7, 10) & 0xFFFFFF).as("the 257th colour becomes the nearest grey").isEqualTo(0x646464);
    }

    @Test
    void keepsTheWholeImageWithoutACropAndClipsACropThatOverhangs() throws Exception {
        Path whole = Screenshots.save(screenshot(400, 300), null, dir.resolve("whole.en.png"));
        Path clipped = Screenshots.save(screenshot(400, 300), new Rectangle(300, 200, 500, 500), dir.resolve("clipped.en.png"));

        assertThat(ImageIO.read(whole.toFile()).getWidth()).isEqualTo(400);
        BufferedImage edge = ImageIO.read(clipped.toFile());
        assertThat(edge.getWidth()).isEqualTo(100);
        assertThat(edge.getHeight()).isEqualTo(100);
    }

    @Test
    void refusesBytesThatAreNotAnImageAndACropOutsideIt() throws Exception {
        assertThatThrownBy(() -> Screenshots.save("<html>".getBytes(), null, dir.resolve("x.vi.png")))
                .isInstanceOf(UncheckedIOException.class);
        assertThatThrownBy(() -> Screenshots.save(screenshot(40, 30), new Rectangle(100, 100, 10, 10), dir.resolve("y.vi.png")))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(dir.resolve("x.vi.png")).doesNotExist();
    }

    @Test
    void picturesGoUnderTargetUnlessTheDocsFolderIsAskedFor() {
        String saved = System.getProperty(Screenshots.DIRECTORY_PROPERTY);
        try {
            System.clearProperty(Screenshots.DIRECTORY_PROPERTY);
            assertThat(Screenshots.directory()).isEqualTo(Path.of("target", "screenshots"));
            System.setProperty(Screenshots.DIRECTORY_PROPERTY, dir.toString());
            assertThat(Screenshots.directory()).isEqualTo(dir);
        } finally {
            if (saved == null) {
                System.clearProperty(Screenshots.DIRECTORY_PROPERTY);
            } else {
                System.setProperty(Screenshots.DIRECTORY_PROPERTY, saved);
            }
        }
    }

    @Test
    void refusesAPictureNameThatCouldLeaveTheFolder() {
        assertThatThrownBy(() -> Screenshots.take(null, "../escape", Screenshots.Device.PHONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A translucent ARGB "screenshot": white, a red block from (100, 50), a blue bottom-right corner of it. */
    private static byte[] screenshot(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.fillRect(100, 50, 200, 120);
        g.setColor(Color.BLUE);
        g.fillRect(299, 169, 1, 1);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
