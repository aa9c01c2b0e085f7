package org.childsafe.deploy;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Pictures for the user guides, taken from the real pages while the browser tests walk them, so that the guides
 * show what the code renders today (issue 7). A picture is written as {@code <name>.<lang>.png}, the language
 * being the page's own {@code <html lang>}, into the directory of the system property {@value #DIRECTORY_PROPERTY}
 * (default {@value #DEFAULT_DIRECTORY}, so that an ordinary test run never writes into the source tree). To refresh
 * the guides' pictures run the browser tests with {@code -Ddocs.screenshots.dir=$PWD/docs/guides/images}.
 *
 * <p>Inside the demo LMS only the tool's iframe is kept (the demo LMS around it is not what a school sees), the
 * frame grown to its content up to a cap so that a picture shows the whole step. The window takes a fixed size for
 * the picture ({@link Device}) and gets its previous size back afterwards: a test goes on exactly where it was.
 *
 * <p>Languages: {@link #inBothLanguages} switches a page that is loaded by GET (its state in view parameters or
 * the server) to the other language with the page's own language links and back; {@link #useRequestedLanguage}
 * lets a test whose assertions do not depend on the language walk its whole flow in the language of the system
 * property {@value #LANGUAGE_PROPERTY}, for pages that cannot be reloaded (a form step, a one-time receipt).
 * Taking a picture never asserts anything and never fails a test because of the picture's content.
 */
public final class Screenshots {

    /** System property: the directory the pictures go to. */
    public static final String DIRECTORY_PROPERTY = "docs.screenshots.dir";

    /** System property: the language ({@code vi}, {@code en}) a language-neutral test walks its flow in. */
    public static final String LANGUAGE_PROPERTY = "docs.screenshots.lang";

    /** Where pictures go when nobody asked for the docs' folder. */
    public static final String DEFAULT_DIRECTORY = "target/screenshots";

    private static final String FRAME_ID = "lti-frame";
    private static final Pattern SAFE_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /** The window a picture is taken in; the height is a minimum, a longer page grows it up to {@code maxHeight}. */
    public enum Device {
        /** A student's phone. */
        PHONE(390, 844, 1400),
        /** A teacher's, counselor's or administrator's laptop. */
        LAPTOP(1024, 768, 1000);

        final int width;
        final int height;
        final int maxHeight;

        Device(int width, int height, int maxHeight) {
            this.width = width;
            this.height = height;
            this.maxHeight = maxHeight;
        }
    }

    private Screenshots() {
    }

    /** The directory pictures are written to. */
    public static Path directory() {
        return Path.of(System.getProperty(DIRECTORY_PROPERTY, DEFAULT_DIRECTORY));
    }

    /**
     * Writes a picture of the current page (or of the LMS frame the driver is in) as {@code name.<lang>.png} and
     * returns the file. Afterwards the driver is in the same frame with the same window size as before.
     */
    public static Path take(WebDriver browser, String name, Device device) {
        return take(browser, name, device, null);
    }

    /**
     * Like {@link #take(WebDriver, String, Device)}, with the page scrolled so that the element {@code from} is at
     * the top of the picture: for a part of a long page (a case's messages, its escalation form).
     */
    public static Path take(WebDriver browser, String name, Device device, By from) {
        if (!SAFE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A picture name is lower-case letters, digits and dashes: " + name);
        }
        JavascriptExecutor js = (JavascriptExecutor) browser;
        boolean inFrame = (Boolean) js.executeScript("return window.self !== window.top;");
        String lang = String.valueOf(js.executeScript("return document.documentElement.lang || 'und';"));
        Dimension before = browser.manage().window().getSize();
        try {
            WebElement top = from == null ? null : browser.findElement(from);
            if (inFrame) {
                if (top != null) {
                    js.executeScript("arguments[0].scrollIntoView(true);", top);
                }
                browser.switchTo().defaultContent();
            }
            byte[] png = shoot(browser, js, device, inFrame, inFrame ? null : top);
            @SuppressWarnings("unchecked")
            List<Number> box = inFrame ? (List<Number>) js.executeScript(FRAME_BOX, FRAME_ID) : null;
            Rectangle crop = box == null ? null
                    : new Rectangle(box.get(0).intValue(), box.get(1).intValue(), box.get(2).intValue(), box.get(3).intValue());
            return save(png, crop, directory().resolve(name + "." + lang + ".png"));
        } finally {
            if (inFrame) {
                js.executeScript("var f = document.getElementById(arguments[0]); f.style.height = f.dataset.csHeight || '';", FRAME_ID);
            }
            browser.manage().window().setSize(before);
            if (inFrame) {
                browser.switchTo().frame(FRAME_ID);
            }
        }
    }

    /**
     * Takes the picture in the page's language, then switches the page to the other language with its own
     * language link, takes it again, and switches back. Only for pages that a GET reload shows in the same state.
     */
    public static void inBothLanguages(WebDriver browser, String name, Device device) {
        inBothLanguages(browser, name, device, null);
    }

    /** {@link #inBothLanguages(WebDriver, String, Device)} of the part of the page from the element {@code from}. */
    public static void inBothLanguages(WebDriver browser, String name, Device device, By from) {
        String lang = language(browser);
        take(browser, name, device, from);
        String other = "vi".equals(lang) ? "en" : "vi";
        switchLanguage(browser, other);
        take(browser, name, device, from);
        switchLanguage(browser, lang);
    }

    /**
     * When {@value #LANGUAGE_PROPERTY} names a language other than the page's, switches the page to it (the
     * choice stays for the browser session); otherwise does nothing. Only for tests whose assertions do not read
     * translated texts.
     */
    public static void useRequestedLanguage(WebDriver browser) {
        String wanted = System.getProperty(LANGUAGE_PROPERTY, "");
        if (!wanted.isBlank() && !wanted.equals(language(browser))) {
            switchLanguage(browser, wanted);
        }
    }

    private static String language(WebDriver browser) {
        return String.valueOf(((JavascriptExecutor) browser).executeScript("return document.documentElement.lang;"));
    }

    private static void switchLanguage(WebDriver browser, String lang) {
        WebElement link = browser.findElement(By.id("vi".equals(lang) ? "langVi" : "langEn"));
        link.click();
        new WebDriverWait(browser, java.time.Duration.ofSeconds(30))
                .until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", lang));
    }

    /** Grows the window (and the frame) to the content, up to the device's cap, and takes the viewport. */
    private static byte[] shoot(WebDriver browser, JavascriptExecutor js, Device device, boolean inFrame, WebElement top) {
        browser.manage().window().setSize(new Dimension(device.width, device.height));
        long chrome = device.height - ((Number) js.executeScript("return window.innerHeight;")).longValue();
        long content;
        if (inFrame) {
            content = ((Number) js.executeScript(GROW_FRAME, FRAME_ID, device.maxHeight)).longValue();
        } else {
            content = ((Number) js.executeScript("window.scrollTo(0, 0); return document.documentElement.scrollHeight;")).longValue();
        }
        long height = Math.max(device.height, Math.min(content, device.maxHeight) + chrome);
        browser.manage().window().setSize(new Dimension(device.width, (int) height));
        if (inFrame) {
            js.executeScript("document.getElementById(arguments[0]).scrollIntoView(true);", FRAME_ID);
        } else if (top != null) {
            js.executeScript("arguments[0].scrollIntoView(true);", top);
        }
        return ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    }

    /** Grows the LMS frame to its document's height (capped) and returns how much room frame and page above need. */
    private static final String GROW_FRAME = """
            var f = document.getElementById(arguments[0]);
            if (f.dataset.csHeight === undefined) { f.dataset.csHeight = f.style.height || ''; }
            var h = Math.min(f.contentDocument.documentElement.scrollHeight, arguments[1]);
            f.style.height = (h + f.offsetHeight - f.clientHeight) + 'px';
            return h;
            """;

    /** The frame's inner box (without its border) in screenshot pixels: x, y, width, height. */
    private static final String FRAME_BOX = """
            var f = document.getElementById(arguments[0]);
            var r = f.getBoundingClientRect(), d = window.devicePixelRatio || 1;
            return [Math.round((r.left + f.clientLeft) * d), Math.round((r.top + f.clientTop) * d),
                    Math.round(f.clientWidth * d), Math.round(f.clientHeight * d)];
            """;

    /**
     * Decodes a browser screenshot, keeps {@code crop} (clipped to the image; {@code null} keeps all), drops the
     * alpha channel, reduces it to a palette ({@link #withPalette}) and writes it as a maximally compressed PNG.
     */
    static Path save(byte[] png, Rectangle crop, Path file) {
        try {
            BufferedImage shot = ImageIO.read(new ByteArrayInputStream(png));
            if (shot == null) {
                throw new IOException("The browser's screenshot is not an image.");
            }
            Rectangle keep = crop == null ? new Rectangle(0, 0, shot.getWidth(), shot.getHeight())
                    : crop.intersection(new Rectangle(0, 0, shot.getWidth(), shot.getHeight()));
            if (keep.isEmpty()) {
                throw new IOException("Nothing to keep of the screenshot: " + crop);
            }
            BufferedImage rgb = new BufferedImage(keep.width, keep.height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = rgb.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(shot.getSubimage(keep.x, keep.y, keep.width, keep.height), 0, 0, java.awt.Color.WHITE, null);
            g.dispose();
            Files.createDirectories(file.toAbsolutePath().getParent());
            write(withPalette(rgb), file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the picture " + file, e);
        }
    }

    /**
     * The picture with at most 256 colours, the most frequent ones, each pixel mapped to the nearest of them
     * (weighted RGB distance, no dithering). A page is mostly flat colours plus the anti-aliasing of its text, so
     * it looks the same and the PNG is about a third smaller: the guides' pictures stay small in the repository.
     */
    static BufferedImage withPalette(BufferedImage rgb) {
        int width = rgb.getWidth();
        int height = rgb.getHeight();
        int[] pixels = rgb.getRGB(0, 0, width, height, null, 0, width);
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (int pixel : pixels) {
            counts.merge(pixel & 0xFFFFFF, 1, Integer::sum);
        }
        int[] palette = counts.entrySet().stream()
                .sorted(java.util.Map.Entry.<Integer, Integer>comparingByValue().reversed()
                        .thenComparing(java.util.Map.Entry.comparingByKey()))
                .limit(256).mapToInt(java.util.Map.Entry::getKey).toArray();
        byte[] r = new byte[palette.length];
        byte[] g = new byte[palette.length];
        byte[] b = new byte[palette.length];
        for (int i = 0; i < palette.length; i++) {
            r[i] = (byte) (palette[i] >> 16);
            g[i] = (byte) (palette[i] >> 8);
            b[i] = (byte) palette[i];
        }
        BufferedImage indexed = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED,
                new java.awt.image.IndexColorModel(8, palette.length, r, g, b));
        java.awt.image.WritableRaster raster = indexed.getRaster();
        java.util.Map<Integer, Integer> nearest = new java.util.HashMap<>();
        for (int i = 0; i < pixels.length; i++) {
            int index = nearest.computeIfAbsent(pixels[i] & 0xFFFFFF, colour -> nearest(colour, palette));
            raster.setSample(i % width, i / width, 0, index);
        }
        return indexed;
    }

    private static int nearest(int colour, int[] palette) {
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < palette.length; i++) {
            long dr = ((colour >> 16) & 0xFF) - ((palette[i] >> 16) & 0xFF);
            long dg = ((colour >> 8) & 0xFF) - ((palette[i] >> 8) & 0xFF);
            long db = (colour & 0xFF) - (palette[i] & 0xFF);
            long distance = 2 * dr * dr + 4 * dg * dg + 3 * db * db;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        return best;
    }

    private static void write(BufferedImage image, Path file) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        if (param.canWriteCompressed()) {
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.0f);
        }
        Files.deleteIfExists(file);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
