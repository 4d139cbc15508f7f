package dev.mmsys.carrier;

/** User name and password some carriers want on the APN ({@code AT+CGAUTH}); many networks ignore them. */
public record ApnCredentials(String user, String password) {

    public ApnCredentials {
        MmsValues.credential(user);
        MmsValues.credential(password);
    }

    @Override
    public String toString() {
        return "user '" + user + "', password " + (password.isEmpty() ? "empty" : "set");
    }
}
