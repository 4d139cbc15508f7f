package dev.mmsys.modem;

/**
 * What the AT channel reports outside command answers. Called on the channel's reader thread: implementations
 * update state and return at once; they must never issue commands.
 */
public interface AtEvents {

    /** An unsolicited line (URC), or a deferred result such as {@code +CIPOPEN: 0,0}. */
    void urc(String line);

    /**
     * Pushed socket data ({@code +IPD} or {@code +RECEIVE}).
     *
     * @param link the link number, or -1 when the header carries none ({@code +IPD})
     * @param from the address of the preceding {@code RECV FROM:} line, or null
     */
    void data(int link, String from, byte[] bytes);

    /** The port went away (end of stream, I/O error) or was closed; the channel is dead. */
    void disconnected(String why);
}
