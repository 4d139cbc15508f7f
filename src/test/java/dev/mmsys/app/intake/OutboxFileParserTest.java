package dev.mmsys.app.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mmsys.app.message.InvalidMessageException;
import dev.mmsys.app.message.MessageRequest;
import dev.mmsys.app.message.Mode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OutboxFileParserTest {

    @TempDir
    Path dir;

    /** The PNG signature and an IHDR chunk start: enough for the codec to recognise a PNG. */
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    private final OutboxFileParser parser = new OutboxFileParser(() -> 10_000);

    private MessageRequest parse(String name, String content) throws Exception {
        return parser.parse(Files.writeString(dir.resolve(name), content));
    }

    @Test
    void headersThenBlankLineThenBody() throws Exception {
        Files.write(dir.resolve("pic.png"), PNG);
        MessageRequest r = parse("note.txt", "To: +16195550100, +16195550101\r\nSubject: Hi\r\nAttach: pic.png\r\n"
                + "Mode: mms\r\n\r\nLine one\r\nTo: is body now\n\n");
        assertEquals(List.of("+16195550100", "+16195550101"), r.to());
        assertEquals("Hi", r.subject());
        assertEquals(Mode.MMS, r.mode());
        assertEquals("Line one\nTo: is body now", r.text());
        assertEquals("image/png", r.attachments().get(0).contentType());
    }

    @Test
    void recipientFromTheFileName() throws Exception {
        assertEquals(List.of("+16195550100"), parse("+16195550100.txt", "Hello").to());
        MessageRequest r = parse("+16195550101_reminder.txt", "Subject: S\n\nHello");
        assertEquals(List.of("+16195550101"), r.to());
        assertEquals("S", r.subject());
        assertNull(parse("+16195550102.txt", "\uFEFFNote: not a header").subject());
    }

    @Test
    void jsonFilesAreTheRestObject() throws Exception {
        assertEquals("hi", parse("m.json", "{\"to\":[\"+16195550100\"],\"text\":\"hi\"}").text());
    }

    static Stream<Arguments> badTextFiles() {
        return Stream.of(
                Arguments.of("note.txt", "Hello there", "file", "names no recipient"),
                Arguments.of("note.txt", "To: +16195550100\nHello", "file", "no blank line after them"),
                Arguments.of("note.txt", "To: +16195550100\nColour: red\n\nHello", "line 2", "not a known header"),
                Arguments.of("note.txt", "To: +16195550100\nnot a header\n\nHello", "line 2", "not a header line"),
                Arguments.of("note.txt", "To: +16195550100\nMode: fax\n\nHello", "line 2", "not a mode"),
                Arguments.of("note.txt", "To: +16195550100\nAttach: missing.png\n\nHello", "line 2",
                        "not a readable file"));
    }

    @ParameterizedTest
    @MethodSource("badTextFiles")
    void badTextFilesNameTheLine(String name, String content, String field, String fragment) {
        var e = assertThrows(InvalidMessageException.class, () -> parse(name, content));
        assertEquals(field, e.field());
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }

    @Test
    void invalidUtf8AndOversizedFiles() throws Exception {
        Path f = dir.resolve("+16195550100.txt");
        Files.write(f, new byte[] {'o', 'k', (byte) 0xFF, 'x'});
        var e = assertThrows(InvalidMessageException.class, () -> parser.parse(f));
        assertTrue(e.getMessage().contains("not valid UTF-8 (first bad octet at offset 2)"), e.getMessage());
        Files.write(f, new byte[10_001]);
        var e2 = assertThrows(InvalidMessageException.class, () -> parser.parse(f));
        assertTrue(e2.getMessage().contains("over the limit of 10000"), e2.getMessage());
    }

    @Test
    void unknownAttachmentTypes() throws Exception {
        Files.write(dir.resolve("x.exe"), new byte[] {1});
        var e = assertThrows(InvalidMessageException.class, () -> parse("n.txt", "To: +16195550100\nAttach: x.exe\n\nHi"));
        assertTrue(e.getMessage().contains("cannot tell what kind of file x.exe is"), e.getMessage());
    }
}
