package dev.mmsys.emulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mmsys.mms.Attachment;
import dev.mmsys.mms.MmsEncoder;
import dev.mmsys.mms.SendReq;
import dev.mmsys.testing.Oracles;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The MMSC page as a real browser (headless Chromium) sees it; skipped when Chromium is not installed. */
class MmscPageBrowserTest {

    @TempDir
    Path dir;

    private static byte[] png() throws Exception {
        BufferedImage img = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        img.setRGB(1, 1, 0xFF0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    @Test
    void oneBubblePerMessageWithTextAndPicture() throws Exception {
        assumeTrue(Oracles.onPath("chromium"), "chromium is not installed: skipped");
        byte[] picture = png();
        try (MmscEmulator mmsc = MmscEmulator.start(new MmscSettings(0, -1, dir, "", "", 1 << 20, false))) {
            byte[] first = MmsEncoder.encode(SendReq.builder().to("+16195550100").subject("Plans <tonight>")
                    .text("Dinner at 8 & bring \"the\" map").attach(Attachment.of("dot.png", picture)).build());
            byte[] second = MmsEncoder.encode(SendReq.builder().to("+16195550101").text("Second bubble").build());
            HttpExchange.post(mmsc.address(), "/", "h", MmscEmulator.MMS_TYPE, first);
            HttpExchange.post(mmsc.address(), "/", "h", MmscEmulator.MMS_TYPE, second);

            Oracles.Result r = Oracles.run(List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--dump-dom", mmsc.pageUri().toString()), null, 90);
            assertEquals(0, r.exitCode(), r.toString());
            String dom = r.stdout();
            assertEquals(2, dom.split("class=\"bubble\"", -1).length - 1, dom);
            assertTrue(dom.contains("<b>Plans &lt;tonight&gt;</b>"), dom);
            assertTrue(dom.contains("Dinner at 8 &amp; bring \"the\" map"), dom);
            assertTrue(dom.contains("Second bubble"), dom);
            Matcher img = Pattern.compile("<img alt=\"dot.png\" src=\"([^\"]+)\">").matcher(dom);
            assertTrue(img.find(), dom);
            HttpExchange part = HttpExchange.get(mmsc.address(), img.group(1));
            assertEquals("image/png", part.headers().get("content-type"));
            assertArrayEquals(picture, part.body());
        }
    }
}
