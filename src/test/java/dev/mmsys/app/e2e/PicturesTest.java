package dev.mmsys.app.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mmsys.app.delivery.PictureFitting;
import dev.mmsys.app.spool.MessageRecord;
import dev.mmsys.app.spool.MessageState;
import dev.mmsys.app.spool.MessageStore;
import dev.mmsys.app.spool.Spool;
import dev.mmsys.carrier.ImageDimensions;
import dev.mmsys.mms.Attachment;
import dev.mmsys.mms.Part;
import dev.mmsys.mms.SendReq;
import dev.mmsys.testing.EmulatedCarrier;
import dev.mmsys.testing.RunningApp;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A phone-sized photo goes as MMS: scaled into the carrier's limits on the way, as a phone's messaging app does. */
class PicturesTest {

    @TempDir
    Path dir;

    /** A noisy photo-like JPEG: large in octets as real photos are. */
    static byte[] photo(int w, int h) throws Exception {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Random r = new Random(11);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, ((x * 255 / w) << 16 | (y * 255 / h) << 8) ^ r.nextInt(0x1000000) & 0x7F7F7F);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "jpg", out);
        return out.toByteArray();
    }

    @Test
    void aPhotoOverTheCarriersLimitIsScaledAndGoesAsOneMms() throws Exception {
        byte[] photo = photo(1600, 1200);
        assertTrue(photo.length > 200 * 1024, photo.length + " octets: must exceed the limit below");
        try (EmulatedCarrier carrier = EmulatedCarrier.start(dir)) {
            Map<String, String> s = new HashMap<>(carrier.settings());
            s.put("mmsys.mms.max-size", "200KB");
            try (RunningApp app = RunningApp.start(dir, s)) {
                String body = "{\"to\":[\"+16195550100\"],\"text\":\"the view from here\",\"attachments\":[{"
                        + "\"contentType\":\"image/jpeg\",\"name\":\"view.jpg\",\"data\":\""
                        + Base64.getEncoder().encodeToString(photo) + "\"}]}";
                HttpResponse<String> r = app.post("/api/messages", body);
                assertEquals(202, r.statusCode(), r.body());
                String id = new ObjectMapper().readTree(r.body()).get("id").asText();
                MessageStore store = new MessageStore(Spool.existing(app.spool));
                RunningApp.await("sent", Duration.ofSeconds(60), () -> store.find(id).orElseThrow().state().isFinal());
                MessageRecord rec = store.find(id).orElseThrow();
                assertEquals(MessageState.SENT, rec.state(), rec.history().toString());
                assertTrue(rec.history().stream().anyMatch(h -> h.event().equals("pictures-fitted")
                        && h.detail().contains("view.jpg: 1600x1200")
                        && h.detail().contains("→ 640x480")), rec.history().toString());

                SendReq sent = carrier.requests().get(0);
                assertEquals("the view from here", sent.text().orElseThrow());
                Part picture = sent.content().parts().stream().filter(p -> p.contentType().mediaType()
                        .equals("image/jpeg")).findFirst().orElseThrow();
                BufferedImage got = ImageIO.read(new ByteArrayInputStream(picture.data()));
                assertEquals(640, got.getWidth(), "Android's default largest picture (no carrier profile here)");
                assertEquals(480, got.getHeight());
                assertTrue(carrier.mmsc.received().get(0).pdu().length <= 200 * 1024);
            }
        }
    }

    @Test
    void eachPictureGetsItsShareOfTheMessageAndOtherMediaAreLeftAlone() throws Exception {
        byte[] vcard = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada\r\nEND:VCARD\r\n".repeat(200).getBytes();
        List<Attachment> in = List.of(Attachment.of("a.jpg", photo(1200, 900)), Attachment.of("b.jpg",
                photo(1200, 900)), Attachment.of("ada.vcf", vcard));
        PictureFitting.Outcome o = PictureFitting.fit(in, "", null, 300 * 1024, 300 * 1024,
                new ImageDimensions(1600, 1200));
        assertEquals(2, o.changes().size(), o.changes().toString());
        long share = (300 * 1024 - 2048 - vcard.length) / 2;   // 2048: the PDU's overhead
        for (int i = 0; i < 2; i++) {
            assertTrue(o.attachments().get(i).size() <= share, o.attachments().get(i).size() + " > " + share);
        }
        assertEquals(in.get(2), o.attachments().get(2));
        PictureFitting.Outcome none = PictureFitting.fit(List.of(in.get(2)), "", null, 300 * 1024, 300 * 1024,
                new ImageDimensions(640, 480));
        assertEquals(List.of(), none.changes());
    }
}
