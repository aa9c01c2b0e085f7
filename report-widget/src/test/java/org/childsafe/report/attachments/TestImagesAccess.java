package org.childsafe.report.attachments;

/** Test images for tests of other packages. */
public final class TestImagesAccess {

    private TestImagesAccess() {
    }

    public static byte[] jpegWithGps() {
        return TestImages.jpegWithGps();
    }

    public static byte[] png() {
        return TestImages.encode("png", 8, 8);
    }
}
